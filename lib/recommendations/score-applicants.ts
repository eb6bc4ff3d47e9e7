import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { scorePair, type MatchingContext, type MatchResult } from "@/lib/matching";

import { loadMatchingContext } from "./load-matching-context";
import { matchingSeekerSelect, matchingVacancySelect, toMatchingSeeker, toMatchingVacancy, toMatchResult } from "./to-matching";

export type ApplicantView = "employer" | "officer";

export type ApplicantScore = { applicationId: string; seekerId: string; match: MatchResult };

// Scores every application to a vacancy, best first (score descending, then application id).
//
// The caller must already have authorized the vacancy for its actor (the employer's company or
// the officer's city): this function scores whatever vacancy id it gets.
//
// The "employer" view shows each seeker only through the seeker's disclosure choices. Hidden
// functioning and accommodation needs are not even read from the database, and the matching
// library's employer audience hides them again. The "officer" view uses the whole profile.
//
// Applicants are scored as if the vacancy were open and without their own work-mode, hours and
// place filters, because applying overrides those choices and a closed vacancy still has
// applications to review.
export async function scoreApplicants(options: {
  db: Database;
  vacancyId: string;
  view: ApplicantView;
  context?: MatchingContext;
}): Promise<ApplicantScore[]> {
  const { db, vacancyId, view } = options;
  const hideUndisclosed = view === "employer";

  const [vacancyRow, applications, context] = await Promise.all([
    db.vacancy.findUnique({ where: { id: vacancyId }, select: matchingVacancySelect }),
    db.application.findMany({
      where: { vacancyId },
      select: {
        id: true,
        seeker: {
          select: {
            ...matchingSeekerSelect,
            functioning: {
              where: hideUndisclosed ? { seeker: { showFunctioning: true } } : {},
              select: matchingSeekerSelect.functioning.select,
            },
            accommodationNeeds: {
              where: hideUndisclosed ? { seeker: { showAccommodationNeeds: true } } : {},
              select: matchingSeekerSelect.accommodationNeeds.select,
            },
          },
        },
      },
    }),
    options.context ?? loadMatchingContext({ db }),
  ]);
  if (!vacancyRow) {
    throw new AppError("not_found", "common.errors.notFoundTitle", `vacancy ${vacancyId} not found`);
  }

  const vacancy = toMatchingVacancy(vacancyRow, { isOpen: true });
  const scores = applications.map((application) => {
    const seeker = toMatchingSeeker(application.seeker);
    const result = scorePair(
      context,
      { ...seeker, workModes: [], hoursTypes: [], placeScope: "anywhere" },
      vacancy,
      { audience: view },
    );
    if (!result.eligible) {
      throw new Error(`application ${application.id} excluded although preferences were lifted`);
    }
    return { applicationId: application.id, seekerId: seeker.id, match: toMatchResult(result) };
  });

  return scores.sort((a, b) => b.match.score - a.match.score || a.applicationId.localeCompare(b.applicationId));
}
