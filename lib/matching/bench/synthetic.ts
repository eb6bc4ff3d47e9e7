// Synthetic seekers and vacancies for the benchmark. The shares below are assumptions chosen to
// look plausible for a city job portal, not statistics. Only their repeatability matters.
import {
  EDUCATION_LEVELS,
  FUNCTIONING_DOMAINS,
  type AccommodationCatalogueEntry,
  type DifficultyLevel,
  type FunctioningDomain,
  type JobFunction,
  type Seeker,
  type Vacancy,
} from "../types";
import type { SeededRandom } from "./random";
import type { City, Occupation } from "./sources";

export const BENCH_CATALOGUE: AccommodationCatalogueEntry[] = [
  { id: "screen_reader", coversDomains: ["seeing"] },
  { id: "large_print", coversDomains: ["seeing"] },
  { id: "sign_language_interpreter", coversDomains: ["hearing", "communicating"] },
  { id: "chat_instead_of_phone", coversDomains: ["hearing", "communicating"] },
  { id: "hearing_loop", coversDomains: ["hearing"] },
  { id: "step_free_access", coversDomains: ["walking"] },
  { id: "lift_access", coversDomains: ["walking"] },
  { id: "accessible_toilet", coversDomains: ["walking", "self_care"] },
  { id: "written_instructions", coversDomains: ["remembering"] },
  { id: "job_coach", coversDomains: ["remembering", "communicating"] },
  { id: "personal_assistant", coversDomains: ["self_care"] },
  { id: "flexible_hours", coversDomains: [] },
];

const FUNCTION_TEMPLATES: JobFunction[] = [
  { id: "answer-phone-calls", demands: [{ domain: "hearing", level: "high" }, { domain: "communicating", level: "some" }] },
  { id: "read-documents", demands: [{ domain: "seeing", level: "high" }] },
  { id: "use-computer", demands: [{ domain: "seeing", level: "some" }] },
  { id: "walk-work-site", demands: [{ domain: "walking", level: "high" }] },
  { id: "lift-and-carry", demands: [{ domain: "walking", level: "some" }, { domain: "self_care", level: "some" }] },
  { id: "follow-procedures", demands: [{ domain: "remembering", level: "some" }] },
  { id: "serve-customers", demands: [{ domain: "communicating", level: "high" }, { domain: "hearing", level: "some" }] },
  { id: "team-meetings", demands: [{ domain: "hearing", level: "some" }, { domain: "communicating", level: "some" }] },
];

/** Weight per ISCO-08 major group. Clerical, service, trades and elementary work are assumed to be more common. */
const MAJOR_GROUP_WEIGHT: Record<string, number> = { "4": 3, "5": 3, "7": 2, "8": 2, "9": 2 };

export interface SyntheticWorld {
  occupations: Occupation[];
  occupationWeights: number[];
  cities: City[];
  cityWeights: number[];
  allSkills: string[];
}

export function buildWorld(occupations: Occupation[], cities: City[]): SyntheticWorld {
  const allSkills = [...new Set(occupations.flatMap((occupation) => [...occupation.essentialSkills, ...occupation.optionalSkills]))];
  return {
    occupations,
    occupationWeights: occupations.map((occupation) => MAJOR_GROUP_WEIGHT[occupation.isco08Code.charAt(0)] ?? 1),
    cities,
    // Kota (cities) are assumed to have more vacancies and seekers than kabupaten (regencies).
    cityWeights: cities.map((city) => (city.type === "kota" ? 3 : 1)),
    allSkills,
  };
}

function minimumLevel(random: SeededRandom): number {
  return random.pickWeighted([1, 2, 3], [40, 45, 15]);
}

export function makeVacancy(random: SeededRandom, world: SyntheticWorld, index: number): Vacancy {
  const occupation = random.pickWeighted(world.occupations, world.occupationWeights);
  const city = random.pickWeighted(world.cities, world.cityWeights);
  const required = random.sample(occupation.essentialSkills, random.integer(3, 8));
  const preferred = random.sample(occupation.optionalSkills, random.integer(0, 4)).filter((skill) => !required.includes(skill));

  return {
    id: `vacancy-${String(index).padStart(6, "0")}`,
    isOpen: random.chance(0.95),
    cityCode: city.code,
    provinceCode: city.provinceCode,
    workMode: random.pickWeighted(["onsite", "hybrid", "remote"] as const, [60, 25, 15]),
    hoursType: random.chance(0.8) ? "full_time" : "part_time",
    requiredSkills: required.map((skillId) => ({ skillId, minLevel: minimumLevel(random) })),
    preferredSkills: preferred.map((skillId) => ({ skillId, minLevel: minimumLevel(random) })),
    minEducation: random.pickWeighted(EDUCATION_LEVELS, [10, 10, 15, 35, 15, 13, 2]),
    minExperienceYears: random.chance(0.5) ? 0 : random.integer(1, 5),
    essentialFunctions: random.sample(FUNCTION_TEMPLATES, random.integer(1, 3)),
    accommodationsOffered: random.sample(BENCH_CATALOGUE, random.integer(0, 5)).map((entry) => entry.id),
  };
}

export function makeSeeker(random: SeededRandom, world: SyntheticWorld, index: number): Seeker {
  const occupation = random.pickWeighted(world.occupations, world.occupationWeights);
  const city = random.pickWeighted(world.cities, world.cityWeights);
  const occupationSkills = [...new Set([...occupation.essentialSkills, ...occupation.optionalSkills])];
  const ownSkills = random.sample(occupationSkills, random.integer(5, 12));
  const otherSkills = random.sample(world.allSkills, random.integer(0, 3)).filter((skill) => !ownSkills.includes(skill));

  const functioning: Partial<Record<FunctioningDomain, DifficultyLevel>> = {};
  const difficultyDomains = random.sample(FUNCTIONING_DOMAINS, random.integer(1, 2));
  if (random.chance(0.75)) {
    for (const domain of FUNCTIONING_DOMAINS) {
      functioning[domain] = difficultyDomains.includes(domain)
        ? random.pickWeighted(["some", "a_lot", "cannot"] as const, [40, 35, 25])
        : "none";
    }
  }
  const coveringNeeds = BENCH_CATALOGUE.filter((entry) => entry.coversDomains.some((domain) => difficultyDomains.includes(domain)));

  return {
    id: `seeker-${String(index).padStart(6, "0")}`,
    cityCode: city.code,
    provinceCode: city.provinceCode,
    workModes: random.chance(0.3) ? [] : random.sample(["onsite", "hybrid", "remote"] as const, random.integer(1, 3)),
    hoursTypes: random.chance(0.4) ? [] : random.sample(["full_time", "part_time"] as const, random.integer(1, 2)),
    placeScope: random.pickWeighted(["city", "province", "anywhere"] as const, [50, 35, 15]),
    skills: [...ownSkills, ...otherSkills].map((skillId) => ({ skillId, level: random.integer(1, 3) })),
    education: random.pickWeighted(EDUCATION_LEVELS, [5, 12, 18, 38, 12, 13, 2]),
    experienceYears: random.chance(0.3) ? 0 : random.integer(1, 20),
    functioning,
    accommodationNeeds: random.sample(coveringNeeds, random.integer(0, 2)).map((entry) => entry.id),
    disabilityTypes: random.sample(["physical", "sensory_seeing", "sensory_hearing", "mental"] as const, random.integer(1, 2)),
    disclosure: { functioning: random.chance(0.4), accommodationNeeds: random.chance(0.8), disabilityTypes: random.chance(0.3) },
  };
}
