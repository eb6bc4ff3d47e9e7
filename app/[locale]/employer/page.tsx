import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { QuotaSummary } from "@/components/employer/quota-summary";
import { VacancyTable } from "@/components/employer/vacancy-table";
import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { getEmployerCompany } from "@/lib/employers/get-employer-company";
import { quotaStatus } from "@/lib/employers/quota";
import { Link } from "@/lib/i18n/navigation";
import { canPostVacancies } from "@/lib/vacancies/posting-policy";
import { listCompanyVacancies } from "@/lib/vacancies/list-company-vacancies";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "employer.dashboard" });
  return { title: t("title") };
}

const buttonLink = "inline-block min-h-11 bg-green-800 px-5 py-2 font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-green-900";

export default async function EmployerDashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployer();
  const { created } = await searchParams;
  const db = getPrisma();
  const [company, vacancies] = await Promise.all([getEmployerCompany({ db, actor }), listCompanyVacancies({ db, actor })]);
  const t = await getTranslations("employer.dashboard");
  const tReference = await getTranslations("reference");

  if (!company) {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
        <h2 className="mb-2 text-2xl font-bold">{t("noCompanyHeading")}</h2>
        <p className="mb-4 max-w-3xl">{t("noCompany")}</p>
        <Link href="/employer/company" className={buttonLink}>
          {t("createCompany")}
        </Link>
      </>
    );
  }

  const mayPost = canPostVacancies(company.verificationStatus);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      {created === "1" ? (
        <div role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-bold">
          {t("companyCreated")}
        </div>
      ) : null}

      <section aria-labelledby="company-heading" className="mb-8">
        <h2 id="company-heading" className="mb-2 text-2xl font-bold">
          {t("companyHeading")}
        </h2>
        <p className="mb-2 text-xl">{company.name}</p>
        <dl className="mb-4 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-bold">{t("nib")}</dt>
          <dd>{company.nib}</dd>
          <dt className="font-bold">{t("sector")}</dt>
          <dd>{tReference(`companySector.${company.sector}`)}</dd>
          <dt className="font-bold">{t("city")}</dt>
          <dd>{company.city.name}</dd>
          <dt className="font-bold">{t("verificationHeading")}</dt>
          <dd>{tReference(`verificationStatus.${company.verificationStatus}`)}</dd>
        </dl>
        <p className="mb-4 max-w-3xl">{t(`verification.${company.verificationStatus}`, { city: company.city.name })}</p>
        <Link href="/employer/company" className="inline-block min-h-6">
          {t("editCompany")}
        </Link>
      </section>

      <QuotaSummary sector={company.sector} headcount={company.headcount} quota={quotaStatus(company)} />

      <section aria-labelledby="vacancies-heading">
        <h2 id="vacancies-heading" className="mb-2 text-2xl font-bold">
          {t("vacanciesHeading")}
        </h2>
        {vacancies.length === 0 ? <p className="mb-4">{t("noVacancies")}</p> : <VacancyTable vacancies={vacancies} withActions={false} />}
        <div className="mt-4 flex flex-wrap items-center gap-6">
          {mayPost ? (
            <Link href="/employer/vacancies/new" className={buttonLink}>
              {t("postVacancy")}
            </Link>
          ) : (
            <p>{t("cannotPost")}</p>
          )}
          {vacancies.length > 0 ? (
            <Link href="/employer/vacancies" className="inline-block min-h-6">
              {t("allVacancies")}
            </Link>
          ) : null}
        </div>
      </section>
    </>
  );
}
