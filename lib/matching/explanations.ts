// Message keys of match explanations. The portal translates each key (Indonesian and English)
// and fills in its params, so keys and param names are a stable contract with the UI catalogs.
//
// Ids in params are catalogue or database ids, and the UI looks up their labels.
//
// Parts, one per scored part, always all five in this order:
//   matching.part.skills              { points, maxPoints }
//   matching.part.functionalFit       { points, maxPoints }
//   matching.part.accommodationFit    { points, maxPoints }
//   matching.part.placeAndWorkMode    { points, maxPoints }
//   matching.part.educationAndExperience { points, maxPoints }
//
// Strengths:
//   matching.strength.skillMatched    { skill, level, minLevel, requirement: "required" | "preferred" }
//   matching.strength.noSkillsListed  {}  (the vacancy lists no skills, so the skills part is full)
//   matching.strength.functionCovered { function, domain, demand: "some" | "high",
//                                       difficulty: "some" | "a_lot" | "cannot", accommodation }
//                                     (accommodation is the first offered one, in catalogue order,
//                                     that covers the domain)
//   matching.strength.accommodationOffered { accommodation }
//   matching.strength.placeRemote     {}
//   matching.strength.placeSameCity   { city }
//   matching.strength.educationMet    { education, minimum }  (only when the minimum is above "none")
//   matching.strength.experienceMet   { years, minimum }      (only when the minimum is above 0)
//
// Gaps (things to discuss or improve, never a rejection):
//   matching.gap.skillBelowLevel      { skill, level, minLevel, requirement }
//   matching.gap.skillMissing         { skill, minLevel, requirement }
//   matching.gap.accommodationToDiscuss { function, domain, demand, difficulty }
//   matching.gap.accommodationNotOffered { accommodation }
//   matching.gap.placeOtherCity       { city, province }     (vacancy city, same province as home)
//   matching.gap.placeOtherProvince   { city, province }     (vacancy city and province)
//   matching.gap.educationBelowMinimum { education, minimum }
//   matching.gap.experienceBelowMinimum { years, minimum }
//
// Exclusion reasons of a pair that is not scored, returned by scorePair (rankings skip such pairs):
//   matching.exclusion.vacancyClosed  {}
//   matching.exclusion.workModeNotAccepted { workMode }
//   matching.exclusion.hoursNotAccepted { hoursType }
//   matching.exclusion.placeOutsideScope { scope, city, province }  (vacancy city and province)

export const PART_KEYS = {
  skills: "matching.part.skills",
  functionalFit: "matching.part.functionalFit",
  accommodationFit: "matching.part.accommodationFit",
  placeAndWorkMode: "matching.part.placeAndWorkMode",
  educationAndExperience: "matching.part.educationAndExperience",
} as const;

export const STRENGTH_KEYS = {
  skillMatched: "matching.strength.skillMatched",
  noSkillsListed: "matching.strength.noSkillsListed",
  functionCovered: "matching.strength.functionCovered",
  accommodationOffered: "matching.strength.accommodationOffered",
  placeRemote: "matching.strength.placeRemote",
  placeSameCity: "matching.strength.placeSameCity",
  educationMet: "matching.strength.educationMet",
  experienceMet: "matching.strength.experienceMet",
} as const;

export const GAP_KEYS = {
  skillBelowLevel: "matching.gap.skillBelowLevel",
  skillMissing: "matching.gap.skillMissing",
  accommodationToDiscuss: "matching.gap.accommodationToDiscuss",
  accommodationNotOffered: "matching.gap.accommodationNotOffered",
  placeOtherCity: "matching.gap.placeOtherCity",
  placeOtherProvince: "matching.gap.placeOtherProvince",
  educationBelowMinimum: "matching.gap.educationBelowMinimum",
  experienceBelowMinimum: "matching.gap.experienceBelowMinimum",
} as const;

export const EXCLUSION_KEYS = {
  vacancyClosed: "matching.exclusion.vacancyClosed",
  workModeNotAccepted: "matching.exclusion.workModeNotAccepted",
  hoursNotAccepted: "matching.exclusion.hoursNotAccepted",
  placeOutsideScope: "matching.exclusion.placeOutsideScope",
} as const;

/** A translatable message: a stable key and the values its text interpolates. */
export interface Explanation {
  key: string;
  params: Record<string, string | number>;
}

export type MatchPart = keyof typeof PART_KEYS;

/** Points earned in one part, with one decimal; the five parts add up to the score exactly. */
export interface PartScore extends Explanation {
  part: MatchPart;
  points: number;
  maxPoints: number;
}

export interface MatchResult {
  seekerId: string;
  vacancyId: string;
  /** 0..100 with one decimal, the exact sum of the part points. */
  score: number;
  parts: PartScore[];
  strengths: Explanation[];
  gaps: Explanation[];
}

/** Result of scoring one pair: either a scored match or the reasons the pair is excluded. */
export type PairResult =
  | ({ eligible: true } & MatchResult)
  | { eligible: false; seekerId: string; vacancyId: string; exclusions: Explanation[] };
