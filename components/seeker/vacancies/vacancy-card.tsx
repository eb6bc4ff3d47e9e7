import { useLocale, useTranslations } from "next-intl";

import { ScoreExplanation } from "@/components/matching/score-explanation";
import { formatDateInZone } from "@/lib/applications/deadline";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ExplanationLabels, RankedVacancy } from "@/lib/recommendations";

import { salaryText } from "./salary-text";

// One ranked vacancy: the facts a seeker compares at a glance, the score and its first reasons.
// `appliedAt` is set when the seeker already applied, and the card then shows the application date.
export function VacancyCard({ ranked, labels, appliedAt }: { ranked: RankedVacancy; labels: ExplanationLabels; appliedAt: Date | null }) {
  const t = useTranslations("seeker.vacancy");
  const tr = useTranslations("reference");
  const locale = useLocale() as Locale;
  const { vacancy, match } = ranked;
  const titleId = `vacancy-${vacancy.id}-title`;

  return (
    <article aria-labelledby={titleId} className="border-2 border-gray-300 p-4">
      <h2 id={titleId} className="mb-2 text-xl font-bold">
        <Link href={`/vacancies/${vacancy.id}`}>{vacancy.title}</Link>
      </h2>
      {appliedAt ? (
        <p className="mb-3 border-l-4 border-green-800 bg-green-50 px-3 py-1 font-bold">
          {t("appliedOn", { date: formatDateInZone(appliedAt, locale, vacancy.city.province.timeZone) })}
        </p>
      ) : null}
      <dl className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("company")}</dt>
        <dd>
          {vacancy.company.name} ({tr(`verificationStatus.${vacancy.company.verificationStatus}`)})
        </dd>
        <dt className="font-bold">{t("city")}</dt>
        <dd>{vacancy.city.name}</dd>
        <dt className="font-bold">{t("workMode")}</dt>
        <dd>
          {tr(`workMode.${vacancy.workMode}`)}, {tr(`hoursType.${vacancy.hoursType}`)}
        </dd>
        <dt className="font-bold">{t("salary")}</dt>
        <dd>{salaryText(t, locale, vacancy.salaryMin, vacancy.salaryMax)}</dd>
        <dt className="font-bold">{t("deadline")}</dt>
        <dd>{formatDate(vacancy.deadline, locale)}</dd>
      </dl>
      <ScoreExplanation match={match} labels={labels} variant="brief" />
    </article>
  );
}
