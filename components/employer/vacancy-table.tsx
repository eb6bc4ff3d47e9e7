import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { CompanyVacancy } from "@/lib/vacancies/list-company-vacancies";

import { VacancyStatusForm } from "./vacancy-status-form";
import { ScrollRegion } from "@/components/ui/scroll-region";

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

// The company's vacancies as a table that scrolls sideways inside its own focusable region, so
// nothing is cut off at 320px width or 200% zoom.
export async function VacancyTable({ vacancies, withActions }: { vacancies: CompanyVacancy[]; withActions: boolean }) {
  const t = await getTranslations("vacancies.list");
  const tReference = await getTranslations("reference");
  const locale = (await getLocale()) === "en" ? "en" : "id";

  return (
    <ScrollRegion label={t("regionLabel")}>
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption className="mb-2 text-left font-bold">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-2 pr-4">{t("columns.title")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.status")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.deadline")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.openings")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.applications")}</th>
            {withActions ? <th scope="col" className="py-2">{t("columns.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {vacancies.map((vacancy) => (
            <tr key={vacancy.id} className="border-b border-gray-400 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className="font-bold">{vacancy.title}</span>
                <span className="block text-sm text-gray-700">{vacancy.city.name}</span>
              </th>
              <td className="py-2 pr-4">{tReference(`vacancyStatus.${vacancy.status}`)}</td>
              <td className="py-2 pr-4">{formatDate(vacancy.deadline, locale)}</td>
              <td className="py-2 pr-4">{vacancy.openings}</td>
              <td className="py-2 pr-4">
                {t("applicationCounts", { total: vacancy.applications.total })}
                {vacancy.applications.total > 0 ? (
                  <span className="block text-sm text-gray-700">
                    {t("applicationDetail", { active: vacancy.applications.active, hired: vacancy.applications.hired })}
                  </span>
                ) : null}
                <Link href={`/employer/vacancies/${vacancy.id}/applications`} className="mt-1 block min-h-6 w-fit">
                  {t.rich("viewApplications", { title: vacancy.title, hidden })}
                </Link>
              </td>
              {withActions ? (
                <td className="py-2">
                  <div className="flex flex-col items-start gap-2">
                    <Link href={`/employer/vacancies/${vacancy.id}/edit`} className="inline-block min-h-6">
                      {t.rich("edit", { title: vacancy.title, hidden })}
                    </Link>
                    <VacancyStatusForm vacancyId={vacancy.id} title={vacancy.title} status={vacancy.status} />
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
