import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { ApplicantProfile } from "@/components/employer/applicant-profile";
import { ScoreExplanation } from "@/components/matching/score-explanation";
import { formatDateInZone } from "@/lib/applications/deadline";
import { listVacancyApplications } from "@/lib/applications/list-vacancy-applications";
import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { Link } from "@/lib/i18n/navigation";
import { explanationsOf, loadExplanationLabels, scoreApplicants } from "@/lib/recommendations";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const actor = await requireEmployer();
  const result = await listVacancyApplications({ db: getPrisma(), actor, vacancyId: id });
  const t = await getTranslations({ locale, namespace: "applications.list" });
  return { title: t("title", { title: result?.vacancy.title ?? "" }) };
}

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

export default async function VacancyApplicationsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployer();
  const db = getPrisma();
  // Ownership is checked here first: scoreApplicants trusts its caller with the vacancy id.
  const result = await listVacancyApplications({ db, actor, vacancyId: id });
  if (!result) notFound();

  const scores = await scoreApplicants({ db, vacancyId: id, view: "employer" });
  const labels = await loadExplanationLabels({
    db,
    locale: locale === "en" ? "en" : "id",
    explanations: scores.flatMap((score) => explanationsOf(score.match)),
  });
  const scoreById = new Map(scores.map((score) => [score.applicationId, score.match]));
  const rank = new Map(scores.map((score, index) => [score.applicationId, index]));
  const applications = [...result.applications].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));

  const t = await getTranslations("applications.list");
  const tReference = await getTranslations("reference");
  const displayLocale = locale === "en" ? "en" : "id";

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title", { title: result.vacancy.title })}</h1>
      <p className="mb-2">
        <Link href="/employer/vacancies" className="inline-block min-h-6">
          {t("backToVacancies")}
        </Link>
      </p>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {applications.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p className="mb-4 font-bold">{t("count", { count: applications.length })}</p>
          <ol className="space-y-6">
            {applications.map((application) => {
              const match = scoreById.get(application.id);
              return (
                <li key={application.id} className="border-2 border-gray-400 p-4">
                  <h2 className="mb-1 text-2xl font-bold">{application.seeker.fullName}</h2>
                  <p className="mb-3">
                    <span className="font-bold">{t("status")}:</span> {tReference(`applicationStatus.${application.status}`)} ·{" "}
                    {t("appliedOn", { date: formatDateInZone(application.createdAt, displayLocale, result.vacancy.timeZone) })}
                  </p>
                  <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
                    <ApplicantProfile seeker={application.seeker} disclosed={application.disclosed} />
                    {match ? <ScoreExplanation match={match} labels={labels} variant="brief" /> : null}
                  </div>
                  <Link href={`/employer/applications/${application.id}`} className="mt-4 inline-block min-h-6 font-bold">
                    {t.rich("openDetail", { name: application.seeker.fullName, hidden })}
                  </Link>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}
