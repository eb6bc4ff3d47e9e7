// Validation at the library boundary. Inputs come from database rows or JSON, so every field is
// checked at runtime even though the TypeScript types already describe it.
//
// Defined results instead of errors: duplicates in plain id sets (work modes, hours types,
// accommodation ids, disability types) are ignored, an empty work-mode or hours list means no
// restriction, and a profile without skills, functioning or needs is valid. Duplicates in keyed
// lists (skills, job functions, demands) are errors, because their levels could disagree.
import type { MatchingContext } from "../context";
import { MatchingInputError } from "../errors";
import {
  DEMAND_LEVELS,
  DIFFICULTY_LEVELS,
  DISABILITY_TYPES,
  EDUCATION_LEVELS,
  FUNCTIONING_DOMAINS,
  HOURS_TYPES,
  PLACE_SCOPES,
  WORK_MODES,
  type Seeker,
  type Vacancy,
} from "../types";
import {
  requireArray,
  requireBoolean,
  requireEnum,
  requireId,
  requireObject,
  requireSkillLevel,
  requireUnique,
  requireYears,
} from "./checks";

/** Throws MatchingInputError unless `seeker` is a valid seeker for this context. */
export function validateSeeker(context: MatchingContext, seeker: Seeker): void {
  requireObject(seeker, "seeker");
  const id = requireId(seeker.id, "id");
  requireId(seeker.cityCode, "cityCode", id);
  requireId(seeker.provinceCode, "provinceCode", id);
  requireArray(seeker.workModes, "workModes", id).forEach((mode, i) => requireEnum(mode, WORK_MODES, `workModes[${i}]`, id));
  requireArray(seeker.hoursTypes, "hoursTypes", id).forEach((hours, i) => requireEnum(hours, HOURS_TYPES, `hoursTypes[${i}]`, id));
  requireEnum(seeker.placeScope, PLACE_SCOPES, "placeScope", id);

  const seenSkills = new Set<string>();
  requireArray(seeker.skills, "skills", id).forEach((skill, i) => {
    const field = `skills[${i}]`;
    requireObject(skill, field, id);
    const entry = skill as { skillId: unknown; level: unknown };
    const skillId = requireKnownSkill(context, entry.skillId, `${field}.skillId`, id);
    requireUnique(seenSkills, skillId, `${field}.skillId`, id);
    requireSkillLevel(entry.level, `${field}.level`, id);
  });

  requireEnum(seeker.education, EDUCATION_LEVELS, "education", id);
  requireYears(seeker.experienceYears, "experienceYears", id);

  requireObject(seeker.functioning, "functioning", id);
  for (const [domain, level] of Object.entries(seeker.functioning)) {
    requireDomain(domain, `functioning.${domain}`, id);
    if (level !== undefined) {
      requireEnum(level, DIFFICULTY_LEVELS, `functioning.${domain}`, id);
    }
  }

  requireArray(seeker.accommodationNeeds, "accommodationNeeds", id).forEach((need, i) =>
    requireKnownAccommodation(context, need, `accommodationNeeds[${i}]`, id),
  );
  requireArray(seeker.disabilityTypes, "disabilityTypes", id).forEach((type, i) =>
    requireEnum(type, DISABILITY_TYPES, `disabilityTypes[${i}]`, id),
  );

  requireObject(seeker.disclosure, "disclosure", id);
  requireBoolean(seeker.disclosure.functioning, "disclosure.functioning", id);
  requireBoolean(seeker.disclosure.accommodationNeeds, "disclosure.accommodationNeeds", id);
  requireBoolean(seeker.disclosure.disabilityTypes, "disclosure.disabilityTypes", id);
}

/** Throws MatchingInputError unless `vacancy` is a valid vacancy for this context. */
export function validateVacancy(context: MatchingContext, vacancy: Vacancy): void {
  requireObject(vacancy, "vacancy");
  const id = requireId(vacancy.id, "id");
  requireBoolean(vacancy.isOpen, "isOpen", id);
  requireId(vacancy.cityCode, "cityCode", id);
  requireId(vacancy.provinceCode, "provinceCode", id);
  requireEnum(vacancy.workMode, WORK_MODES, "workMode", id);
  requireEnum(vacancy.hoursType, HOURS_TYPES, "hoursType", id);

  // A skill may appear once across both lists, so it is either required or preferred.
  const seenSkills = new Set<string>();
  for (const list of ["requiredSkills", "preferredSkills"] as const) {
    requireArray(vacancy[list], list, id).forEach((skill, i) => {
      const field = `${list}[${i}]`;
      requireObject(skill, field, id);
      const entry = skill as { skillId: unknown; minLevel: unknown };
      const skillId = requireKnownSkill(context, entry.skillId, `${field}.skillId`, id);
      requireUnique(seenSkills, skillId, `${field}.skillId`, id);
      requireSkillLevel(entry.minLevel, `${field}.minLevel`, id);
    });
  }

  requireEnum(vacancy.minEducation, EDUCATION_LEVELS, "minEducation", id);
  requireYears(vacancy.minExperienceYears, "minExperienceYears", id);

  const seenFunctions = new Set<string>();
  requireArray(vacancy.essentialFunctions, "essentialFunctions", id).forEach((jobFunction, i) => {
    const field = `essentialFunctions[${i}]`;
    requireObject(jobFunction, field, id);
    const entry = jobFunction as { id: unknown; demands: unknown };
    requireUnique(seenFunctions, requireId(entry.id, `${field}.id`, id), `${field}.id`, id);

    const seenDomains = new Set<string>();
    requireArray(entry.demands, `${field}.demands`, id).forEach((demand, j) => {
      const demandField = `${field}.demands[${j}]`;
      requireObject(demand, demandField, id);
      const { domain, level } = demand as { domain: unknown; level: unknown };
      requireUnique(seenDomains, requireDomain(domain, `${demandField}.domain`, id), `${demandField}.domain`, id);
      requireEnum(level, DEMAND_LEVELS, `${demandField}.level`, id);
    });
  });

  requireArray(vacancy.accommodationsOffered, "accommodationsOffered", id).forEach((offer, i) =>
    requireKnownAccommodation(context, offer, `accommodationsOffered[${i}]`, id),
  );
}

function requireDomain(value: unknown, field: string, entityId: string): string {
  if (typeof value !== "string" || !(FUNCTIONING_DOMAINS as readonly string[]).includes(value)) {
    throw new MatchingInputError(
      "unknown_domain",
      field,
      `unknown functioning domain ${JSON.stringify(value)}; expected one of ${FUNCTIONING_DOMAINS.join(", ")}`,
      entityId,
    );
  }
  return value;
}

function requireKnownSkill(context: MatchingContext, value: unknown, field: string, entityId: string): string {
  const skillId = requireId(value, field, entityId);
  if (context.skillsClosed && !context.skillIndex.has(skillId)) {
    throw new MatchingInputError("unknown_skill", field, `skill "${skillId}" not found in MatchingReference.skillIds; fix the id or add the skill`, entityId);
  }
  return skillId;
}

function requireKnownAccommodation(context: MatchingContext, value: unknown, field: string, entityId: string): void {
  const accommodationId = requireId(value, field, entityId);
  if (!context.accommodationIndex.has(accommodationId)) {
    throw new MatchingInputError(
      "unknown_accommodation",
      field,
      `accommodation "${accommodationId}" not found in the accommodation catalogue; fix the id or add it to the catalogue`,
      entityId,
    );
  }
}
