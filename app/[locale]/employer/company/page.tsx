import type { Metadata } from "next";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";

import { CompanyForm } from "@/components/employer/company-form";
import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { getEmployerCompany, type EmployerCompany } from "@/lib/employers/get-employer-company";
import { listAccessFeatures } from "@/lib/employers/load-company-form-options";
import type { FormValues } from "@/lib/forms/form-state";
import { CompanySector } from "@/lib/generated/prisma/enums";
import { listCityGroups } from "@/lib/places/list-city-groups";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "employer.company" });
  return { title: t("titleCreate") };
}

function companyValues(company: EmployerCompany): FormValues {
  return {
    name: company.name,
    nib: company.nib,
    sector: company.sector,
    industry: company.industry,
    headcount: String(company.headcount),
    employeesWithDisabilities: String(company.employeesWithDisabilities),
    cityCode: company.cityCode,
    address: company.address,
    accessFeatures: company.accessFeatures.map((feature) => feature.accommodationId),
    accessibilityNotes: company.accessibilityNotes,
  };
}

export default async function CompanyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployer();
  const db = getPrisma();
  const [company, cityGroups, features] = await Promise.all([
    getEmployerCompany({ db, actor }),
    listCityGroups({ db }),
    listAccessFeatures(db),
  ]);
  const t = await getTranslations("employer.company");
  const tReference = await getTranslations("reference");
  const english = (await getLocale()) === "en";

  const sectors = Object.values(CompanySector).map((sector) => ({
    value: sector,
    label: tReference(`companySector.${sector}`),
    hint: tReference(`companySectorHint.${sector}`),
  }));
  const accessFeatures = features.map((feature) => ({
    value: feature.id,
    label: english ? feature.labelEn : feature.labelId,
    hint: english ? feature.descriptionEn : feature.descriptionId,
  }));

  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{company ? t("titleEdit") : t("titleCreate")}</h1>
      <p className="mb-4">{t("intro")}</p>
      {company ? (
        <p className="mb-4 font-bold">{t("statusLabel", { status: tReference(`verificationStatus.${company.verificationStatus}`) })}</p>
      ) : null}
      {company?.verificationStatus === "verified" ? (
        <p className="mb-6 border-l-4 border-blue-900 bg-blue-50 p-4">{t("identityWarning")}</p>
      ) : null}
      {company?.verificationStatus === "rejected" ? (
        <p className="mb-6 border-l-4 border-red-700 bg-red-50 p-4">{t("rejectedWarning")}</p>
      ) : null}
      <CompanyForm
        mode={company ? "edit" : "create"}
        defaults={company ? companyValues(company) : {}}
        sectors={sectors}
        cityGroups={cityGroups}
        accessFeatures={accessFeatures}
      />
    </div>
  );
}
