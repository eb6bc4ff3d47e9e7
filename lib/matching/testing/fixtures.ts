// Small reference data and profile builders for the matching tests. The base seeker and base
// vacancy match perfectly (score 100), so each case changes only what it is about.
import { createMatchingContext, type MatchingContext } from "../context";
import { GAP_KEYS, STRENGTH_KEYS, type Explanation, type MatchResult, type PairResult } from "../explanations";
import type { AccommodationCatalogueEntry, Seeker, Vacancy } from "../types";

export const TEST_CATALOGUE: readonly AccommodationCatalogueEntry[] = [
  { id: "screen_reader", coversDomains: ["seeing"] },
  { id: "large_print", coversDomains: ["seeing"] },
  { id: "sign_language_interpreter", coversDomains: ["hearing", "communicating"] },
  { id: "chat_instead_of_phone", coversDomains: ["hearing", "communicating"] },
  { id: "step_free_access", coversDomains: ["walking"] },
  { id: "lift_access", coversDomains: ["walking"] },
  { id: "accessible_toilet", coversDomains: ["walking", "self_care"] },
  { id: "written_instructions", coversDomains: ["remembering"] },
  { id: "job_coach", coversDomains: ["remembering", "communicating"] },
  { id: "personal_assistant", coversDomains: ["self_care"] },
  { id: "flexible_hours", coversDomains: [] },
];

export function makeTestContext(): MatchingContext {
  return createMatchingContext({ accommodations: TEST_CATALOGUE });
}

/** Kota Bandung, Jawa Barat. */
export const BANDUNG = { cityCode: "32.73", provinceCode: "32" };
/** Kota Bekasi, Jawa Barat: same province as Bandung, another city. */
export const BEKASI = { cityCode: "32.75", provinceCode: "32" };
/** Kota Surabaya, Jawa Timur: another province. */
export const SURABAYA = { cityCode: "35.78", provinceCode: "35" };

export function makeSeeker(overrides: Partial<Seeker> = {}): Seeker {
  return {
    id: "seeker-1",
    ...BANDUNG,
    workModes: [],
    hoursTypes: [],
    placeScope: "city",
    skills: [{ skillId: "use-spreadsheets-software", level: 2 }],
    education: "senior_secondary",
    experienceYears: 2,
    functioning: {},
    accommodationNeeds: [],
    disabilityTypes: [],
    disclosure: { functioning: true, accommodationNeeds: true, disabilityTypes: true },
    ...overrides,
  };
}

export function makeVacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    id: "vacancy-1",
    isOpen: true,
    ...BANDUNG,
    workMode: "onsite",
    hoursType: "full_time",
    requiredSkills: [{ skillId: "use-spreadsheets-software", minLevel: 2 }],
    preferredSkills: [],
    minEducation: "none",
    minExperienceYears: 0,
    essentialFunctions: [],
    accommodationsOffered: [],
    ...overrides,
  };
}

export function strength(name: keyof typeof STRENGTH_KEYS, params: Explanation["params"] = {}): Explanation {
  return { key: STRENGTH_KEYS[name], params };
}

export function gap(name: keyof typeof GAP_KEYS, params: Explanation["params"] = {}): Explanation {
  return { key: GAP_KEYS[name], params };
}

/** Returns the scored match, or throws with the exclusions when the pair is excluded. */
export function requireScored(result: PairResult): MatchResult {
  if (!result.eligible) {
    throw new Error(`expected a scored pair, got exclusions ${JSON.stringify(result.exclusions)}`);
  }
  return result;
}
