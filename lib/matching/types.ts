// Plain input and output types of the matching library. They mirror the Prisma enums one to one,
// so the portal adapter only reshapes rows and never translates values.

/** Washington Group Short Set functioning domains, in questionnaire order. */
export const FUNCTIONING_DOMAINS = [
  "seeing",
  "hearing",
  "walking",
  "remembering",
  "self_care",
  "communicating",
] as const;
export type FunctioningDomain = (typeof FUNCTIONING_DOMAINS)[number];

/** Washington Group response categories, from no difficulty to cannot do at all. */
export const DIFFICULTY_LEVELS = ["none", "some", "a_lot", "cannot"] as const;
export type DifficultyLevel = (typeof DIFFICULTY_LEVELS)[number];

/** Strength of an essential job function's reliance on a functioning domain. */
export const DEMAND_LEVELS = ["some", "high"] as const;
export type DemandLevel = (typeof DEMAND_LEVELS)[number];

/** Ragam disabilitas of UU No. 8/2016 Pasal 4, with sensory split by sense. */
export const DISABILITY_TYPES = [
  "physical",
  "intellectual",
  "mental",
  "sensory_seeing",
  "sensory_hearing",
  "sensory_speech",
] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];

/** Education levels from lowest to highest; the order is used for minimum checks. */
export const EDUCATION_LEVELS = [
  "none",
  "primary",
  "junior_secondary",
  "senior_secondary",
  "diploma",
  "bachelor",
  "postgraduate",
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const WORK_MODES = ["onsite", "hybrid", "remote"] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const HOURS_TYPES = ["full_time", "part_time"] as const;
export type HoursType = (typeof HOURS_TYPES)[number];

/** How far from home a seeker accepts to work. Remote vacancies satisfy every scope. */
export const PLACE_SCOPES = ["city", "province", "anywhere"] as const;
export type PlaceScope = (typeof PLACE_SCOPES)[number];

/** Skill level: 1 basic, 2 intermediate, 3 advanced. */
export const MIN_SKILL_LEVEL = 1;
export const MAX_SKILL_LEVEL = 3;

/** Reference data entry: the functioning domains an accommodation or access feature makes up for. */
export interface AccommodationCatalogueEntry {
  id: string;
  coversDomains: readonly FunctioningDomain[];
}

/** Reference data for one matching context, loaded from the database by the caller. */
export interface MatchingReference {
  /** Every accommodation and access feature id that seekers may need or vacancies may offer. */
  accommodations: readonly AccommodationCatalogueEntry[];
  /** Known skill ids. When given, any other skill id is rejected; when omitted, any id is accepted. */
  skillIds?: readonly string[];
}

/** Disclosure choices: the profile parts the seeker shows to employers. Other parts are always visible. */
export interface Disclosure {
  functioning: boolean;
  accommodationNeeds: boolean;
  disabilityTypes: boolean;
}

export interface SeekerSkill {
  skillId: string;
  level: number;
}

export interface Seeker {
  id: string;
  /** Kabupaten/kota code of home, such as "32.73". */
  cityCode: string;
  /** Province code of home, such as "32". */
  provinceCode: string;
  /** Accepted work modes. An empty list means the seeker set no restriction. */
  workModes: readonly WorkMode[];
  /** Accepted hours. An empty list means the seeker set no restriction. */
  hoursTypes: readonly HoursType[];
  placeScope: PlaceScope;
  skills: readonly SeekerSkill[];
  education: EducationLevel;
  experienceYears: number;
  /** Difficulty per domain. A missing domain is undisclosed and counts as no information. */
  functioning: Partial<Record<FunctioningDomain, DifficultyLevel>>;
  /** Accommodation ids from the catalogue. */
  accommodationNeeds: readonly string[];
  /** Never filters and never changes a score; carried so views and the UI can use it. */
  disabilityTypes: readonly DisabilityType[];
  disclosure: Disclosure;
}

export interface VacancySkill {
  skillId: string;
  minLevel: number;
}

export interface FunctionDemand {
  domain: FunctioningDomain;
  level: DemandLevel;
}

/** An essential job function and the functioning domains it relies on. */
export interface JobFunction {
  id: string;
  demands: readonly FunctionDemand[];
}

export interface Vacancy {
  id: string;
  /** Published and before its deadline; the database query decides this. */
  isOpen: boolean;
  cityCode: string;
  provinceCode: string;
  workMode: WorkMode;
  hoursType: HoursType;
  requiredSkills: readonly VacancySkill[];
  preferredSkills: readonly VacancySkill[];
  minEducation: EducationLevel;
  minExperienceYears: number;
  essentialFunctions: readonly JobFunction[];
  /** Accommodations of the vacancy and access features of the company, as catalogue ids. */
  accommodationsOffered: readonly string[];
}

/**
 * Viewer of a result. For "employer" the seeker is reduced to the disclosure choices, while
 * "seeker" and "officer" use the whole profile.
 */
export type Audience = "seeker" | "officer" | "employer";
export const AUDIENCES = ["seeker", "officer", "employer"] as const satisfies readonly Audience[];
