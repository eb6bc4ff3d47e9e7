import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";

import { ScoreExplanation } from "@/components/matching/score-explanation";
import { useExplanationText } from "@/components/matching/use-explanation-text";
import { ApplyForm } from "@/components/seeker/vacancies/apply-form";
import { VacancyDetails } from "@/components/seeker/vacancies/vacancy-details";
import { formatDateInZone } from "@/lib/applications/deadline";
import { getActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Explanation } from "@/lib/matching";
import { explanationsOf, loadExplanationLabels, scoreVacancyForSeeker, type ExplanationLabels } from "@/lib/recommendations";
import { findOwnApplication, getVacancyDetail } from "@/lib/seekers/get-vacancy-detail";

type Props = { params: Promise<{ locale: Locale; id: string }> };

// Metadata and page share one load per request.
const loadVacancy = cache((vacancyId: string) => getVacancyDetail({ db: getPrisma(), vacancyId, now: new Date() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const vacancy = await loadVacancy(id);
  if (vacancy) return { title: vacancy.title };
  const t = await getTranslations({ locale, namespace: "common.errors" });
  return { title: t("notFoundTitle") };
}

// Public: anyone may read a published vacancy. A signed-in seeker also gets the match and, while
// the vacancy accepts applications, the apply form.
export default async function VacancyPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const vacancy = await loadVacancy(id);
  if (!vacancy) notFound();

  const t = await getTranslations("seeker.vacancy");
  const actor = await getActor();
  const seekerId = actor?.role === "seeker" ? actor.seekerId : null;
  const db = getPrisma();

  const [score, ownApplication] = seekerId
    ? await Promise.all([
        scoreVacancyForSeeker({ db, seekerId, vacancyId: vacancy.id }),
        findOwnApplication({ db, seekerId, vacancyId: vacancy.id }),
      ])
    : [null, null];
  const labels = score
    ? await loadExplanationLabels({ db, locale, explanations: [...explanationsOf(score.match), ...score.exclusions] })
    : null;

  let closedNotice: string | null = null;
  if (vacancy.status !== "open") closedNotice = t("closed");
  else if (vacancy.deadlinePassed) closedNotice = t("deadlinePassed");

  return (
    <div>
      {actor?.role === "seeker" ? (
        <p className="mb-4">
          <Link href="/seeker/vacancies" className="inline-block min-h-6">
            {t("backToList")}
          </Link>
        </p>
      ) : null}
      <h1 className="mb-6 text-3xl font-bold">{vacancy.title}</h1>
      {closedNotice ? <p className="mb-6 max-w-3xl border-l-4 border-red-700 bg-red-50 p-4 font-bold">{closedNotice}</p> : null}

      <VacancyDetails vacancy={vacancy} />

      {score && labels ? (
        <section aria-labelledby="vacancy-match" className="mb-8 max-w-3xl">
          <h2 id="vacancy-match" className="mb-2 text-2xl font-bold">
            {t("matchTitle")}
          </h2>
          {score.exclusions.length > 0 ? <Exclusions exclusions={score.exclusions} labels={labels} title={t("outsidePreferences")} /> : null}
          <ScoreExplanation match={score.match} labels={labels} headingLevel={3} />
        </section>
      ) : null}

      <ApplySection
        vacancyId={vacancy.id}
        acceptsApplications={vacancy.acceptsApplications}
        role={actor?.role ?? null}
        hasProfile={seekerId !== null}
        appliedOn={ownApplication ? formatDateInZone(ownApplication.createdAt, locale, vacancy.city.province.timeZone) : null}
      />
    </div>
  );
}

function Exclusions({ exclusions, labels, title }: { exclusions: Explanation[]; labels: ExplanationLabels; title: string }) {
  const text = useExplanationText(labels);
  return (
    <div className="mb-6 border-l-4 border-amber-700 bg-amber-50 p-4">
      <p className="font-bold">{title}</p>
      <ul className="list-disc pl-6">
        {exclusions.map((exclusion) => (
          <li key={exclusion.key}>{text(exclusion)}</li>
        ))}
      </ul>
    </div>
  );
}

async function ApplySection(props: {
  vacancyId: string;
  acceptsApplications: boolean;
  role: string | null;
  hasProfile: boolean;
  appliedOn: string | null;
}) {
  if (!props.acceptsApplications && !props.appliedOn) return null;
  const t = await getTranslations("seeker");

  let body: React.ReactNode;
  if (props.role === null) {
    body = <Link href="/login">{t("vacancy.signInToApply")}</Link>;
  } else if (props.role !== "seeker") {
    return null;
  } else if (!props.hasProfile) {
    body = (
      <p>
        {t("vacancy.fillProfileToApply")} <Link href="/seeker/profile/about">{t("vacancy.fillProfileLink")}</Link>
      </p>
    );
  } else if (props.appliedOn) {
    body = (
      <p>
        {t("vacancy.alreadyApplied", { date: props.appliedOn })} <Link href="/seeker/applications">{t("vacancy.seeApplications")}</Link>
      </p>
    );
  } else {
    body = <ApplyForm vacancyId={props.vacancyId} />;
  }

  return (
    <section aria-labelledby="vacancy-apply" className="max-w-3xl border-t-4 border-blue-900 pt-4">
      <h2 id="vacancy-apply" className="mb-4 text-2xl font-bold">
        {t("apply.title")}
      </h2>
      {body}
    </section>
  );
}
