import type { Database } from "@/lib/db/create-client";
import { scorePair, type Explanation, type MatchingContext, type MatchResult } from "@/lib/matching";

import { loadMatchingContext } from "./load-matching-context";
import { matchingSeekerSelect, matchingVacancySelect, toMatchingSeeker, toMatchingVacancy, toMatchResult } from "./to-matching";

export type SeekerVacancyScore = {
  match: MatchResult;
  // Reasons the ranking leaves this vacancy out for the seeker (work mode, hours or place outside
  // the seeker's choices). The score is still computed, because the seeker opened the vacancy anyway.
  exclusions: Explanation[];
};

// Scores one vacancy for the seeker on its detail page, with the full explanation. Returns null
// when the seeker has no profile or the vacancy is a draft or missing.
export async function scoreVacancyForSeeker(options: {
  db: Database;
  seekerId: string;
  vacancyId: string;
  context?: MatchingContext;
}): Promise<SeekerVacancyScore | null> {
  const { db } = options;
  const [seekerRow, vacancyRow, context] = await Promise.all([
    db.seekerProfile.findUnique({ where: { id: options.seekerId }, select: matchingSeekerSelect }),
    db.vacancy.findFirst({ where: { id: options.vacancyId, status: { not: "draft" } }, select: matchingVacancySelect }),
    options.context ?? loadMatchingContext({ db }),
  ]);
  if (!seekerRow || !vacancyRow) return null;

  const seeker = toMatchingSeeker(seekerRow);
  // Scored as open: whether applying is still possible is the page's business, not the score's.
  const vacancy = toMatchingVacancy(vacancyRow, { isOpen: true });

  const asChosen = scorePair(context, seeker, vacancy, { audience: "seeker" });
  if (asChosen.eligible) {
    return { match: toMatchResult(asChosen), exclusions: [] };
  }

  const withoutPreferences = scorePair(
    context,
    { ...seeker, workModes: [], hoursTypes: [], placeScope: "anywhere" },
    vacancy,
    { audience: "seeker" },
  );
  if (!withoutPreferences.eligible) {
    throw new Error(`vacancy ${vacancy.id} excluded for seeker ${seeker.id} even without preferences`);
  }
  return { match: toMatchResult(withoutPreferences), exclusions: asChosen.exclusions };
}
