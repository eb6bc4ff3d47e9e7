import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { VacancyTable } from "@/components/employer/vacancy-table";
import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { getEmployerCompany } from "@/lib/employers/get-employer-company";
import { Link } from "@/lib/i18n/navigation";
import { VACANCY_STATUS_ACTIONS, type VacancyStatusAction } from "@/lib/vacancies/change-vacancy-status";
import { listCompanyVacancies } from "@/lib/vacancies/list-company-vacancies";
import { canPostVacancies } from "@/lib/vacancies/posting-policy";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string; changed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "vacancies.list" });
  return { title: t("title") };
}

const buttonLink = "inline-block min-h-11 bg-green-800 px-5 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-green-900";

function isStatusAction(value: string | undefined): value is VacancyStatusAction {
  return (VACANCY_STATUS_ACTIONS as readonly string[]).includes(value ?? "");
}

export default async function EmployerVacanciesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployer();
  const { saved, changed } = await searchParams;
  const db = getPrisma();
  const [company, vacancies] = await Promise.all([getEmployerCompany({ db, actor }), listCompanyVacancies({ db, actor })]);
  const t = await getTranslations("vacancies.list");

  const notice = saved === "1" ? t("saved") : isStatusAction(changed) ? t(`changed.${changed}`) : null;

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      {notice ? (
        <div role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-bold">
          {notice}
        </div>
      ) : null}
      <p className="mb-6">{t("intro")}</p>
      {!company ? (
        <p className="mb-6">
          {t("needCompany")}{" "}
          <Link href="/employer/company" className="inline-block min-h-6">
            {t("createCompany")}
          </Link>
        </p>
      ) : canPostVacancies(company.verificationStatus) ? (
        <p className="mb-6">
          <Link href="/employer/vacancies/new" className={buttonLink}>
            {t("post")}
          </Link>
        </p>
      ) : (
        <p className="mb-6">{t("cannotPost")}</p>
      )}
      {vacancies.length === 0 ? <p>{t("empty")}</p> : <VacancyTable vacancies={vacancies} withActions />}
    </>
  );
}
