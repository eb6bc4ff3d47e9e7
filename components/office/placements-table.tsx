import { getTranslations } from "next-intl/server";

import type { CityPlacement } from "@/lib/city-office/list-city-placements";
import { retentionSchedule } from "@/lib/city-office/retention-schedule";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

import { ScrollRegion } from "@/components/ui/scroll-region";

// Placements with the retention follow-ups due at 1, 3, 6 and 12 months after the hire date.
export async function PlacementsTable({ placements, cityName, locale }: { placements: CityPlacement[]; cityName: string; locale: Locale }) {
  const t = await getTranslations("office.placements");

  // The caption is for screen readers: the page heading and intro already name the city, and a
  // visible caption would scroll with the table and be cut off at 320 px.
  return (
    <ScrollRegion label={t("region")}>
      <table className="min-w-full border-collapse text-left">
        <caption className="sr-only">{t("caption", { city: cityName })}</caption>
        <thead>
          <tr className="border-b-2 border-gray-900 align-bottom">
            <th scope="col" className="py-2 pr-4">
              {t("columns.seeker")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("columns.vacancy")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("columns.company")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("columns.occupation")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("columns.hiredOn")}
            </th>
            <th scope="col" className="py-2">
              {t("columns.followUps")}
            </th>
          </tr>
        </thead>
        <tbody>
          {placements.map((placement) => (
            <tr key={placement.applicationId} className="border-b border-gray-300 align-top">
              <th scope="row" className="py-2 pr-4 font-bold">
                {placement.seekerName}
              </th>
              <td className="py-2 pr-4">{placement.vacancyTitle}</td>
              <td className="py-2 pr-4">{placement.companyName}</td>
              <td className="py-2 pr-4">
                {t("occupation", {
                  title: locale === "id" ? placement.occupationTitleId : placement.occupationTitleEn,
                  code: placement.occupationCode,
                })}
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">
                {placement.hiredOn ? formatDate(placement.hiredOn, locale) : t("hiredUnknown")}
              </td>
              <td className="py-2">
                {placement.hiredOn ? (
                  <ul className="space-y-1">
                    {retentionSchedule(placement.hiredOn).map((check) => (
                      <li key={check.monthsAfterHire} className="whitespace-nowrap">
                        {t("followUpDue", { months: check.monthsAfterHire, date: formatDate(check.dueOn, locale) })}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t("hiredUnknown")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
