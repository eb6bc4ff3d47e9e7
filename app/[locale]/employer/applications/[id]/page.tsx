import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ApplicantProfile } from "@/components/employer/applicant-profile";
import { ApplicationStatusForm } from "@/components/employer/application-status-form";
import { StatusHistoryTable } from "@/components/employer/status-history-table";
import { ScoreExplanation } from "@/components/matching/score-explanation";
import { formatDateInZone } from "@/lib/applications/deadline";
import { getEmployerApplication } from "@/lib/applications/get-employer-application";
import { nextStatuses } from "@/lib/applications/status-transitions";
import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { explanationsOf, loadExplanationLabels, scoreApplicants } from "@/lib/recommendations";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ changed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const actor = await requireEmployer();
  const application = await getEmployerApplication({ db: getPrisma(), actor, applicationId: id });
  const t = await getTranslations({ locale, namespace: "applications.detail" });
  return { title: t("title", { name: application?.seeker.fullName ?? "" }) };
}

function isStatus(value: string | undefined): value is ApplicationStatus {
  return (Object.values(ApplicationStatus) as string[]).includes(value ?? "");
}

export default async function EmployerApplicationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployer();
  const { changed } = await searchParams;
  const db = getPrisma();
  const application = await getEmployerApplication({ db, actor, applicationId: id });
  if (!application) notFound();

  // The vacancy belongs to the employer's company: getEmployerApplication checked it above.
  const scores = await scoreApplicants({ db, vacancyId: application.vacancy.id, view: "employer" });
  const match = scores.find((score) => score.applicationId === application.id)?.match;
  const labels = await loadExplanationLabels({
    db,
    locale: locale === "en" ? "en" : "id",
    explanations: match ? explanationsOf(match) : [],
  });

  const t = await getTranslations("applications.detail");
  const tForm = await getTranslations("applications.statusForm");
  const tReference = await getTranslations("reference");
  const displayLocale = locale === "en" ? "en" : "id";
  const options = nextStatuses(application.status).map((status) => ({ value: status, label: tReference(`applicationStatus.${status}`) }));

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title", { name: application.seeker.fullName })}</h1>
      {isStatus(changed) ? (
        <div role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-bold">
          {t("changed", { status: tReference(`applicationStatus.${changed}`) })}
        </div>
      ) : null}
      <dl className="mb-4 grid max-w-2xl gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{t("vacancy")}</dt>
        <dd>{application.vacancy.title}</dd>
        <dt className="font-bold">{t("appliedOn")}</dt>
        <dd>{formatDateInZone(application.createdAt, displayLocale, application.vacancy.city.province.timeZone)}</dd>
        <dt className="font-bold">{t("currentStatus")}</dt>
        <dd>{tReference(`applicationStatus.${application.status}`)}</dd>
      </dl>
      <p className="mb-8">
        <Link href={`/employer/vacancies/${application.vacancy.id}/applications`} className="inline-block min-h-6">
          {t("backToApplications")}
        </Link>
      </p>

      <section aria-labelledby="status-form-heading" className="mb-10 max-w-3xl">
        <h2 id="status-form-heading" className="mb-4 text-2xl font-bold">
          {tForm("heading")}
        </h2>
        {options.length === 0 ? (
          <p>{tForm("final")}</p>
        ) : (
          <ApplicationStatusForm key={application.status} applicationId={application.id} currentStatus={application.status} options={options} />
        )}
      </section>

      <section aria-labelledby="history-heading" className="mb-10">
        <h2 id="history-heading" className="mb-4 text-2xl font-bold">
          {t("historyHeading")}
        </h2>
        <StatusHistoryTable history={application.history} timeZone={application.vacancy.city.province.timeZone} />
      </section>

      <section aria-labelledby="profile-heading" className="mb-10">
        <h2 id="profile-heading" className="mb-4 text-2xl font-bold">
          {t("profileHeading")}
        </h2>
        <ApplicantProfile seeker={application.seeker} disclosed={application.disclosed} />
      </section>

      <section aria-labelledby="cover-letter-heading" className="mb-10 max-w-3xl">
        <h2 id="cover-letter-heading" className="mb-4 text-2xl font-bold">
          {t("coverLetterHeading")}
        </h2>
        <p className="whitespace-pre-line">{application.coverLetter || t("noCoverLetter")}</p>
      </section>

      {match ? (
        <section aria-labelledby="match-heading" className="mb-10">
          <h2 id="match-heading" className="mb-4 text-2xl font-bold">
            {t("matchHeading")}
          </h2>
          <ScoreExplanation match={match} labels={labels} variant="full" headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
