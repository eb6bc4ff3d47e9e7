import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { loadVacancyFormView } from "@/components/employer/vacancy-form-options";
import { VacancyForm } from "@/components/employer/vacancy-form";
import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { getEmployerCompany } from "@/lib/employers/get-employer-company";
import { redirect } from "@/lib/i18n/navigation";
import { canPostVacancies } from "@/lib/vacancies/posting-policy";

import { createVacancyAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "vacancies.form" });
  return { title: t("titleNew") };
}

export default async function NewVacancyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployer();
  const db = getPrisma();
  const company = await getEmployerCompany({ db, actor });
  // Without a company there is nothing to post for. A rejected company is sent to the list, which
  // explains why it cannot post.
  if (!company) return redirect({ href: "/employer/company", locale });
  if (!canPostVacancies(company.verificationStatus)) return redirect({ href: "/employer/vacancies", locale });

  const options = await loadVacancyFormView(db);
  const t = await getTranslations("vacancies.form");

  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("titleNew")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <VacancyForm
        action={createVacancyAction}
        options={options}
        defaults={{ cityCode: company.cityCode, openings: "1", minExperienceYears: "0", minEducation: "none", publish: "publish" }}
      />
    </div>
  );
}
