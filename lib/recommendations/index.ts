// Data-layer adapter around the matching library: loads rows with only the columns scoring needs,
// maps them to the library's plain types, and returns typed results for pages to render with
// components/matching/score-explanation.

export { loadExplanationLabels, explanationsOf, type ExplanationLabels } from "./load-explanation-labels";
export { loadMatchingContext } from "./load-matching-context";
export { openVacancyWhere, seekerPreferencesWhere } from "./open-vacancy-filter";
export {
  DEFAULT_RANKING_LIMIT,
  rankVacanciesForSeeker,
  type RankedVacancy,
  type SeekerRanking,
  type VacancyCard,
} from "./rank-vacancies-for-seeker";
export { scoreApplicants, type ApplicantScore, type ApplicantView } from "./score-applicants";
export { scoreVacancyForSeeker, type SeekerVacancyScore } from "./score-vacancy-for-seeker";
export {
  matchingSeekerSelect,
  matchingVacancySelect,
  toMatchingSeeker,
  toMatchingVacancy,
  toMatchResult,
  type MatchingSeekerRow,
  type MatchingVacancyRow,
} from "./to-matching";
