import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rankVacanciesForSeeker as rankWithLibrary, type MatchingContext, type MatchResult } from "@/lib/matching";

import { loadMatchingContext } from "./load-matching-context";
import { openVacancyWhere, seekerPreferencesWhere } from "./open-vacancy-filter";
import { matchingSeekerSelect, matchingVacancySelect, toMatchingSeeker, toMatchingVacancy } from "./to-matching";

export const DEFAULT_RANKING_LIMIT = 50;

// Fields a vacancy card shows next to its score.
export const vacancyCardSelect = {
  id: true,
  title: true,
  workMode: true,
  hoursType: true,
  salaryMin: true,
  salaryMax: true,
  deadline: true,
  company: { select: { name: true, verificationStatus: true } },
  // The zone dates the seeker's own application on the card.
  city: { select: { name: true, province: { select: { timeZone: true } } } },
} satisfies Prisma.VacancySelect;

export type VacancyCard = Prisma.VacancyGetPayload<{ select: typeof vacancyCardSelect }>;

// Both selects in one query; company and city appear in both, so their fields are merged by hand.
const rankingVacancySelect = {
  ...matchingVacancySelect,
  ...vacancyCardSelect,
  company: { select: { ...vacancyCardSelect.company.select, ...matchingVacancySelect.company.select } },
  city: { select: { ...vacancyCardSelect.city.select, ...matchingVacancySelect.city.select } },
} satisfies Prisma.VacancySelect;

export type RankedVacancy = { vacancy: VacancyCard; match: MatchResult };

export type SeekerRanking = {
  // Number of open vacancies within the seeker's preferences, before the limit.
  candidateCount: number;
  results: RankedVacancy[];
};

// Ranks open vacancies for a seeker, best first. The query keeps only open vacancies before their
// deadline that meet the seeker's hard filters. The matching library then scores those with the
// whole profile, because the seeker is the audience, and keeps the best `limit`.
export async function rankVacanciesForSeeker(options: {
  db: Database;
  seekerId: string;
  limit?: number;
  now: Date;
  context?: MatchingContext;
}): Promise<SeekerRanking | null> {
  const { db, seekerId, now } = options;
  const limit = options.limit ?? DEFAULT_RANKING_LIMIT;

  const seekerRow = await db.seekerProfile.findUnique({ where: { id: seekerId }, select: matchingSeekerSelect });
  if (!seekerRow) return null;
  const seeker = toMatchingSeeker(seekerRow);

  // NOTE: every candidate is loaded to be scored; with many thousand open vacancies in a seeker's
  // scope this query should move to batches.
  const [context, candidates] = await Promise.all([
    options.context ?? loadMatchingContext({ db }),
    db.vacancy.findMany({
      where: { AND: [openVacancyWhere(now), seekerPreferencesWhere(seeker)] },
      select: rankingVacancySelect,
    }),
  ]);

  const matches = rankWithLibrary(
    context,
    seeker,
    candidates.map((row) => toMatchingVacancy(row, { isOpen: true })),
    { k: limit, audience: "seeker" },
  );

  const cards = new Map(candidates.map((row) => [row.id, row]));
  return {
    candidateCount: candidates.length,
    results: matches.map((match) => {
      const row = cards.get(match.vacancyId)!;
      const vacancy: VacancyCard = {
        id: row.id,
        title: row.title,
        workMode: row.workMode,
        hoursType: row.hoursType,
        salaryMin: row.salaryMin,
        salaryMax: row.salaryMax,
        deadline: row.deadline,
        company: { name: row.company.name, verificationStatus: row.company.verificationStatus },
        city: { name: row.city.name, province: { timeZone: row.city.province.timeZone } },
      };
      return { vacancy, match };
    }),
  };
}
