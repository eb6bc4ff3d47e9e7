// Matching library: scores seekers with disabilities against inclusive vacancies. Pure
// TypeScript without I/O. The portal maps database rows to the plain types in ./types.
//
// Score, 0..100 with one decimal, is the exact sum of five parts (points out of maximum):
//   skills 40: each listed skill earns weight x credit. Weight is 2 for required and 1 for
//     preferred skills. Credit is 1 at or above the minimum level and level/minimum below it
//     (1 of 3 earns 1/3), 0 when the seeker lacks the skill. The part is 40 x earned / maximum,
//     and a vacancy listing no skills gives the full 40.
//   functional fit 20: each demand of an essential function weighs 1 ("some") or 2 ("high").
//     A "some" demand conflicts with difficulty a_lot or cannot, a "high" demand also with
//     "some". A conflict is covered, and counts as a strength, when an offered accommodation
//     covers the domain in the catalogue. The part is 20 x weight without an uncovered conflict
//     / total weight, so no demands gives 20. An undisclosed domain is never a conflict.
//   accommodation fit 15: 15 x needs offered / distinct needs, and 15 without needs.
//   place and work mode 15: remote or the home kabupaten/kota 15, another kabupaten/kota in
//     the home province 10, another province 5.
//   education and experience 10: 5 each, full at the minimum and proportional below it
//     (education level index / minimum index, years / minimum years).
// Each part is rounded half up to one decimal, and the score adds the rounded parts.
//
// Hard filters exclude a pair only when the vacancy is closed or its work mode, hours type or
// place is outside what the seeker accepts (remote fits every place scope, an empty work-mode or
// hours list accepts all). Disability types never filter and never change a score.
//
// Employer scores and rankings use only the disclosed view of each seeker (toEmployerView),
// while seekers and officers use the whole profile. Rankings order by score descending, then id
// ascending, and keep the top k with a bounded heap. Invalid input throws MatchingInputError,
// and validation/validate.ts lists the edge cases that get a defined result instead.
//
// Usage: build one MatchingContext per accommodation catalogue. Call scorePair for one pair, or
// prepare vacancies or seekers once with that context and pass them to the rank functions.

export { createMatchingContext, type MatchingContext } from "./context";
export { seekerViewFor, toEmployerView } from "./disclosure";
export { MatchingInputError, type MatchingInputErrorCode } from "./errors";
export {
  EXCLUSION_KEYS,
  GAP_KEYS,
  PART_KEYS,
  STRENGTH_KEYS,
  type Explanation,
  type MatchPart,
  type MatchResult,
  type PairResult,
  type PartScore,
} from "./explanations";
export { PART_MAX_POINTS } from "./formulas";
export { isFunctionalGap } from "./parts/functional";
export { prepareSeekers, type PreparedSeekers } from "./prepared/seekers";
export { prepareVacancies, type PreparedVacancies } from "./prepared/vacancies";
export { rankSeekersForVacancy, rankVacanciesForSeeker, type RankOptions } from "./rank";
export { scorePair, type ScoreOptions } from "./score-pair";
export * from "./types";
export { validateSeeker, validateVacancy } from "./validation/validate";
