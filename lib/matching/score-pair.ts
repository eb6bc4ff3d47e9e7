import type { MatchingContext } from "./context";
import { seekerViewFor } from "./disclosure";
import { PART_KEYS, type MatchPart, type MatchResult, type PairResult, type PartScore } from "./explanations";
import { PART_MAX_POINTS } from "./formulas";
import { scoreAccommodationFit } from "./parts/accommodation";
import { scoreFunctionalFit } from "./parts/functional";
import type { PartOutcome } from "./parts/outcome";
import { findExclusions, scorePlace } from "./parts/place";
import { scoreQualifications } from "./parts/qualifications";
import { scoreSkills } from "./parts/skills";
import type { Audience, Seeker, Vacancy } from "./types";
import { requireAudience } from "./validation/options";
import { validateSeeker, validateVacancy } from "./validation/validate";

export interface ScoreOptions {
  audience: Audience;
}

/**
 * Scores one seeker against one vacancy with full explanations, as on the vacancy detail page.
 * Validates both inputs and throws MatchingInputError on invalid ones. For the "employer"
 * audience only the disclosed view of the seeker is used.
 */
export function scorePair(
  context: MatchingContext,
  seeker: Seeker,
  vacancy: Vacancy,
  options: ScoreOptions,
): PairResult {
  const audience = requireAudience(options);
  validateSeeker(context, seeker);
  validateVacancy(context, vacancy);
  return scoreValidatedPair(context, seekerViewFor(seeker, audience), vacancy);
}

/** Scores a pair of already validated inputs; the seeker must already be the audience's view. */
export function scoreValidatedPair(context: MatchingContext, seeker: Seeker, vacancy: Vacancy): PairResult {
  const exclusions = findExclusions(seeker, vacancy);
  if (exclusions.length > 0) {
    return { eligible: false, seekerId: seeker.id, vacancyId: vacancy.id, exclusions };
  }
  return { eligible: true, ...explainMatch(context, seeker, vacancy) };
}

/** Computes the parts, score and reasons of an eligible pair. */
function explainMatch(context: MatchingContext, seeker: Seeker, vacancy: Vacancy): MatchResult {
  const outcomes: Record<MatchPart, PartOutcome> = {
    skills: scoreSkills(seeker, vacancy),
    functionalFit: scoreFunctionalFit(context, seeker, vacancy),
    accommodationFit: scoreAccommodationFit(seeker, vacancy),
    placeAndWorkMode: scorePlace(seeker, vacancy),
    educationAndExperience: scoreQualifications(seeker, vacancy),
  };

  const parts: PartScore[] = [];
  let totalTenths = 0;
  for (const part of Object.keys(PART_KEYS) as MatchPart[]) {
    const { tenths } = outcomes[part];
    totalTenths += tenths;
    const points = tenths / 10;
    const maxPoints = PART_MAX_POINTS[part];
    parts.push({ part, key: PART_KEYS[part], params: { points, maxPoints }, points, maxPoints });
  }

  const all = Object.values(outcomes);
  return {
    seekerId: seeker.id,
    vacancyId: vacancy.id,
    score: totalTenths / 10,
    parts,
    strengths: all.flatMap((outcome) => outcome.strengths),
    gaps: all.flatMap((outcome) => outcome.gaps),
  };
}
