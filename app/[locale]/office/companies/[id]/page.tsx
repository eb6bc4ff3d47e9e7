import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { CompanyDecisionForm } from "@/components/office/company-decision-form";
import { DetailList } from "@/components/office/detail-list";
import { requireCityOfficer } from "@/lib/auth/actor";
import { getCityCompany } from "@/lib/city-office/get-city-company";
import { getOfficerCity } from "@/lib/city-office/officer-city";
import { calendarDateInZone } from "@/lib/city-office/time-zones";
import { getPrisma } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

import { orNotFound } from "../../or-not-found";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ decided?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "office.company" });
  return { title: t("title") };
}

export default async function OfficeCompanyPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const officer = await requireCityOfficer();
  const { decided } = await searchParams;

  const db = getPrisma();
  const city = await orNotFound(getOfficerCity({ db, actor: officer }));
  const company = await orNotFound(getCityCompany({ db, actor: officer, companyId: id }));
  const t = await getTranslations("office.company");
  const tDecision = await getTranslations("office.companyDecision");
  const tReference = await getTranslations("reference");
  const displayLocale = locale as Locale;
  const dateInCity = (instant: Date) => formatDate(calendarDateInZone(instant, city.ianaZone), displayLocale);

  // Only a result that matches the current status is confirmed, so a stale or edited URL shows no message.
  const confirmation = decided === company.verificationStatus && (decided === "verified" || decided === "rejected") ? t(`decided.${decided}`) : null;

  const details: { label: string; value: string }[] = [
    { label: t("nib"), value: company.nib },
    { label: t("sector"), value: tReference(`companySector.${company.sector}`) },
    { label: t("industry"), value: company.industry || t("notProvided") },
    { label: t("headcount"), value: String(company.headcount) },
    { label: t("employeesWithDisabilities"), value: String(company.employeesWithDisabilities) },
    { label: t("address"), value: company.address || t("notProvided") },
    { label: t("accessibilityNotes"), value: company.accessibilityNotes || t("notProvided") },
    { label: t("openVacancies"), value: String(company.openVacancyCount) },
    { label: t("registered"), value: dateInCity(company.createdAt) },
    { label: t("status"), value: tReference(`verificationStatus.${company.verificationStatus}`) },
  ];

  return (
    <>
      <p className="mb-4">
        <Link href="/office/companies" className="inline-block min-h-6">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">{company.name}</h1>

      {confirmation ? (
        <div role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-bold">
          {confirmation}
        </div>
      ) : null}

      <section aria-labelledby="details-title" className="mb-8">
        <h2 id="details-title" className="mb-4 text-2xl font-bold">
          {t("detailsTitle")}
        </h2>
        <DetailList items={details} />
      </section>

      <section aria-labelledby="quota-title" className="mb-8">
        <h2 id="quota-title" className="mb-4 text-2xl font-bold">
          {t("quotaTitle")}
        </h2>
        <p>
          {t("quotaLine", {
            percent: company.quota.percent,
            headcount: company.headcount,
            obligation: company.quota.obligation,
            employed: company.quota.employed,
          })}{" "}
          <strong>{company.quota.met ? t("quotaMet") : t("quotaGap", { gap: company.quota.gap })}</strong>
        </p>
        <p className="text-gray-700">{t("quotaSource")}</p>
      </section>

      <section aria-labelledby="access-title" className="mb-8">
        <h2 id="access-title" className="mb-4 text-2xl font-bold">
          {t("accessTitle")}
        </h2>
        {company.accessFeatures.length === 0 ? (
          <p>{t("accessNone")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {company.accessFeatures.map((feature) => (
              <li key={feature.id}>{displayLocale === "id" ? feature.labelId : feature.labelEn}</li>
            ))}
          </ul>
        )}
      </section>

      {company.lastDecision ? (
        <section aria-labelledby="last-decision-title" className="mb-8">
          <h2 id="last-decision-title" className="mb-4 text-2xl font-bold">
            {t("lastDecisionTitle")}
          </h2>
          <p>
            {company.lastDecision.decidedByName
              ? t("lastDecision", {
                  status: tReference(`verificationStatus.${company.lastDecision.status}`),
                  name: company.lastDecision.decidedByName,
                  date: dateInCity(company.lastDecision.decidedAt),
                })
              : t("lastDecisionUnknownOfficer", {
                  status: tReference(`verificationStatus.${company.lastDecision.status}`),
                  date: dateInCity(company.lastDecision.decidedAt),
                })}
          </p>
          {company.lastDecision.reason ? (
            <p className="break-words whitespace-pre-line">{t("lastDecisionReason", { reason: company.lastDecision.reason })}</p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="decision-title" className="mb-8 max-w-2xl">
        <h2 id="decision-title" className="mb-4 text-2xl font-bold">
          {tDecision("title")}
        </h2>
        <CompanyDecisionForm
          key={company.updatedAt.toISOString()}
          companyId={company.id}
          seenUpdatedAt={company.updatedAt.toISOString()}
        />
      </section>
    </>
  );
}
