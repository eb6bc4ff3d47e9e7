import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { VacancyCard } from "@/components/seeker/vacancies/vacancy-card";
import { requireSeeker } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { DEFAULT_RANKING_LIMIT, loadExplanationLabels, rankVacanciesForSeeker } from "@/lib/recommendations";
import { listOwnApplicationDates } from "@/lib/seekers/list-own-application-dates";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.vacancies" });
  return { title: t("title") };
}

export default async function SeekerVacanciesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireSeeker();
  const t = await getTranslations("seeker.vacancies");
  const db = getPrisma();

  const ranking = actor.seekerId ? await rankVacanciesForSeeker({ db, seekerId: actor.seekerId, now: new Date() }) : null;
  if (!ranking) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
        <p className="mb-4 max-w-3xl">{t("needProfile")}</p>
        <Link href="/seeker/profile/about" className="font-bold">
          {t("needProfileLink")}
        </Link>
      </>
    );
  }

  const seekerId = actor.seekerId!;
  const [skillCount, appliedAt, labels] = await Promise.all([
    db.seekerSkill.count({ where: { seekerId } }),
    listOwnApplicationDates({ db, seekerId, vacancyIds: ranking.results.map(({ vacancy }) => vacancy.id) }),
    loadExplanationLabels({
      db,
      locale,
      explanations: ranking.results.flatMap(({ match }) => [...match.strengths, ...match.gaps]),
    }),
  ]);

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro", { limit: DEFAULT_RANKING_LIMIT })}</p>
      <p className="mb-6 max-w-3xl border-l-4 border-blue-800 bg-blue-50 p-4">{t("advisory")}</p>
      {skillCount === 0 ? (
        <p className="mb-6 max-w-3xl border-l-4 border-amber-700 bg-amber-50 p-4">
          {t("addSkills")}{" "}
          <Link href="/seeker/profile/skills" className="font-bold">
            {t("addSkillsLink")}
          </Link>
        </p>
      ) : null}
      {ranking.results.length === 0 ? (
        <>
          <p className="mb-4 max-w-3xl">{t("none")}</p>
          <Link href="/seeker/profile/about">{t("changePreferences")}</Link>
        </>
      ) : (
        <>
          <p className="mb-4">{t("count", { shown: ranking.results.length, total: ranking.candidateCount })}</p>
          <ol aria-label={t("listLabel")} className="space-y-4">
            {ranking.results.map((ranked) => (
              <li key={ranked.vacancy.id}>
                <VacancyCard ranked={ranked} labels={labels} appliedAt={appliedAt.get(ranked.vacancy.id) ?? null} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
