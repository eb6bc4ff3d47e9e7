import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { loadVacancyFormView } from "@/components/employer/vacancy-form-options";
import { VacancyForm } from "@/components/employer/vacancy-form";
import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { getCompanyVacancy } from "@/lib/vacancies/get-company-vacancy";

import { updateVacancyAction } from "../../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "vacancies.form" });
  return { title: t("titleEdit") };
}

export default async function EditVacancyPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployer();
  const { saved } = await searchParams;
  const db = getPrisma();
  const vacancy = await getCompanyVacancy({ db, actor, vacancyId: id });
  if (!vacancy) notFound();

  const options = await loadVacancyFormView(db);
  const t = await getTranslations("vacancies.form");
  const tReference = await getTranslations("reference");

  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-3xl font-bold">{t("titleEdit")}</h1>
      {saved === "1" ? (
        <div role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-bold">
          {t("savedWithHints")}
        </div>
      ) : null}
      <p className="mb-6">{t("intro")}</p>
      <VacancyForm
        key={vacancy.id}
        action={updateVacancyAction.bind(null, vacancy.id)}
        options={options}
        defaults={vacancy.values}
        keptStatusLabel={vacancy.status === "draft" ? undefined : tReference(`vacancyStatus.${vacancy.status}`)}
      />
    </div>
  );
}
