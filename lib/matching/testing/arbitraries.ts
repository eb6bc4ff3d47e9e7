// fast-check generators of valid seekers and vacancies over small id pools, so that skills,
// places and accommodations overlap often enough to exercise every scoring branch.
import fc from "fast-check";

import {
  DEMAND_LEVELS,
  DIFFICULTY_LEVELS,
  DISABILITY_TYPES,
  EDUCATION_LEVELS,
  FUNCTIONING_DOMAINS,
  HOURS_TYPES,
  PLACE_SCOPES,
  WORK_MODES,
  type FunctioningDomain,
  type DifficultyLevel,
  type Seeker,
  type Vacancy,
} from "../types";
import { TEST_CATALOGUE } from "./fixtures";

const SKILL_POOL = ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"];
const FUNCTION_POOL = ["f0", "f1", "f2", "f3"];
const ACCOMMODATION_POOL = TEST_CATALOGUE.map((entry) => entry.id);
const PLACE_POOL = [
  { cityCode: "11.01", provinceCode: "11" },
  { cityCode: "11.02", provinceCode: "11" },
  { cityCode: "32.73", provinceCode: "32" },
  { cityCode: "32.75", provinceCode: "32" },
  { cityCode: "35.78", provinceCode: "35" },
];

const years = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 12, noNaN: true }));
const level = fc.integer({ min: 1, max: 3 });

const functioning = fc.record(
  Object.fromEntries(FUNCTIONING_DOMAINS.map((domain) => [domain, fc.constantFrom(...DIFFICULTY_LEVELS)])) as Record<
    FunctioningDomain,
    fc.Arbitrary<DifficultyLevel>
  >,
  { requiredKeys: [] },
);

export const seekerArbitrary: fc.Arbitrary<Seeker> = fc.record({
  id: fc.constant("seeker"),
  place: fc.constantFrom(...PLACE_POOL),
  workModes: fc.subarray([...WORK_MODES]),
  hoursTypes: fc.subarray([...HOURS_TYPES]),
  placeScope: fc.constantFrom(...PLACE_SCOPES),
  skills: fc.uniqueArray(fc.record({ skillId: fc.constantFrom(...SKILL_POOL), level }), {
    selector: (skill) => skill.skillId,
    maxLength: 6,
  }),
  education: fc.constantFrom(...EDUCATION_LEVELS),
  experienceYears: years,
  functioning,
  accommodationNeeds: fc.array(fc.constantFrom(...ACCOMMODATION_POOL), { maxLength: 4 }),
  disabilityTypes: fc.subarray([...DISABILITY_TYPES]),
  disclosure: fc.record({ functioning: fc.boolean(), accommodationNeeds: fc.boolean(), disabilityTypes: fc.boolean() }),
}).map(({ place, ...seeker }) => ({ ...seeker, ...place }));

const demand = fc.record({ domain: fc.constantFrom(...FUNCTIONING_DOMAINS), level: fc.constantFrom(...DEMAND_LEVELS) });

export const vacancyArbitrary: fc.Arbitrary<Vacancy> = fc.record({
  id: fc.constant("vacancy"),
  isOpen: fc.boolean(),
  place: fc.constantFrom(...PLACE_POOL),
  workMode: fc.constantFrom(...WORK_MODES),
  hoursType: fc.constantFrom(...HOURS_TYPES),
  skills: fc.uniqueArray(fc.record({ skillId: fc.constantFrom(...SKILL_POOL), minLevel: level, required: fc.boolean() }), {
    selector: (skill) => skill.skillId,
    maxLength: 6,
  }),
  minEducation: fc.constantFrom(...EDUCATION_LEVELS),
  minExperienceYears: years,
  essentialFunctions: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...FUNCTION_POOL),
      demands: fc.uniqueArray(demand, { selector: (entry) => entry.domain, maxLength: 3 }),
    }),
    { selector: (entry) => entry.id, maxLength: 3 },
  ),
  accommodationsOffered: fc.array(fc.constantFrom(...ACCOMMODATION_POOL), { maxLength: 4 }),
}).map(({ place, skills, ...vacancy }) => ({
  ...vacancy,
  ...place,
  requiredSkills: skills.filter((skill) => skill.required).map(({ skillId, minLevel }) => ({ skillId, minLevel })),
  preferredSkills: skills.filter((skill) => !skill.required).map(({ skillId, minLevel }) => ({ skillId, minLevel })),
}));

/** Seekers with distinct ids "seeker-0", "seeker-1", ... */
export function seekerListArbitrary(maxLength: number): fc.Arbitrary<Seeker[]> {
  return fc
    .array(seekerArbitrary, { minLength: 1, maxLength })
    .map((seekers) => seekers.map((seeker, index) => ({ ...seeker, id: `seeker-${index}` })));
}

/** Vacancies with distinct ids "vacancy-0", "vacancy-1", ... */
export function vacancyListArbitrary(maxLength: number): fc.Arbitrary<Vacancy[]> {
  return fc
    .array(vacancyArbitrary, { minLength: 1, maxLength })
    .map((vacancies) => vacancies.map((vacancy, index) => ({ ...vacancy, id: `vacancy-${index}` })));
}

export const audienceArbitrary = fc.constantFrom("seeker" as const, "officer" as const, "employer" as const);
