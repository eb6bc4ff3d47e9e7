import { z } from "zod";

import {
  DifficultyLevel,
  DisabilityType,
  EducationLevel,
  HoursType,
  PlaceScope,
  WorkMode,
} from "@/lib/generated/prisma/enums";

// Shared by the profile step forms and their server actions. Messages are catalog keys.

export const FULL_NAME_MAX_LENGTH = 120;
export const SUMMARY_MAX_LENGTH = 1000;
export const EXPERIENCE_YEARS_MAX = 60;

// Checkbox groups post one value, several values or nothing, so the schemas always get an array.
export function toList(value: unknown): string[] {
  if (value === undefined || value === "") return [];
  return Array.isArray(value) ? value.filter((item) => item !== "") : [String(value)];
}

export const aboutStepInputSchema = z.object({
  fullName: z
    .string()
    .trim()
    .min(1, { error: "seeker.errors.fullNameRequired" })
    .max(FULL_NAME_MAX_LENGTH, { error: "seeker.errors.fullNameTooLong" }),
  cityCode: z.string().regex(/^\d{2}\.\d{2}$/, { error: "seeker.errors.cityRequired" }),
  education: z.enum(EducationLevel, { error: "seeker.errors.educationRequired" }),
  experienceYears: z
    .string()
    .trim()
    .regex(/^\d+$/, { error: "seeker.errors.experienceYearsInvalid" })
    .transform(Number)
    .pipe(z.number().int().max(EXPERIENCE_YEARS_MAX, { error: "seeker.errors.experienceYearsTooHigh" })),
  workModes: z.array(z.enum(WorkMode)),
  hoursTypes: z.array(z.enum(HoursType)),
  placeScope: z.enum(PlaceScope, { error: "seeker.errors.placeScopeRequired" }),
  summary: z.string().trim().max(SUMMARY_MAX_LENGTH, { error: "seeker.errors.summaryTooLong" }),
});
export type AboutStepInput = z.infer<typeof aboutStepInputSchema>;

export function toAboutStepInput(values: Record<string, string | string[]>) {
  const text = (name: string) => (typeof values[name] === "string" ? values[name] : "");
  return {
    fullName: text("fullName"),
    cityCode: text("cityCode"),
    education: values.education,
    experienceYears: text("experienceYears"),
    placeScope: values.placeScope,
    summary: text("summary"),
    workModes: toList(values.workModes),
    hoursTypes: toList(values.hoursTypes),
  };
}

// 1 basic, 2 intermediate, 3 advanced. An empty choice means the seeker lacks the skill.
export const SKILL_LEVELS = [1, 2, 3] as const;

// Each skill is posted as a field named "skill.<id>" whose value is the level or "".
export const SKILL_FIELD_PREFIX = "skill.";

export const skillsStepInputSchema = z.object({
  skills: z.array(
    z.object({
      skillId: z.string().min(1),
      level: z.coerce.number().int().min(1).max(3),
    }),
  ),
});
export type SkillsStepInput = z.infer<typeof skillsStepInputSchema>;

export function toSkillsStepInput(values: Record<string, string | string[]>) {
  const skills = Object.entries(values)
    .filter(([name, level]) => name.startsWith(SKILL_FIELD_PREFIX) && level !== "")
    .map(([name, level]) => ({ skillId: name.slice(SKILL_FIELD_PREFIX.length), level }));
  return { skills };
}

export const PREFER_NOT_TO_SAY = "prefer_not_to_say";

export const disabilityStepInputSchema = z
  .object({
    disabilityTypes: z.array(z.enum([...Object.values(DisabilityType), PREFER_NOT_TO_SAY])),
    consent: z.boolean(),
  })
  .refine((input) => !(input.disabilityTypes.includes(PREFER_NOT_TO_SAY) && input.disabilityTypes.length > 1), {
    error: "seeker.errors.disabilityTypesExclusive",
    path: ["disabilityTypes"],
  })
  .transform((input) => ({
    disabilityTypes: input.disabilityTypes.filter((type): type is DisabilityType => type !== PREFER_NOT_TO_SAY),
    consent: input.consent,
  }));
export type DisabilityStepInput = z.infer<typeof disabilityStepInputSchema>;

export function toDisabilityStepInput(values: Record<string, string | string[]>) {
  return { disabilityTypes: toList(values.disabilityTypes), consent: values.consent === "yes" };
}

// A domain left unanswered, or answered "unknown", is stored as no row: no information.
export const UNKNOWN_DIFFICULTY = "unknown";

// Each domain is posted as a field named "domain.<id>".
export const DOMAIN_FIELD_PREFIX = "domain.";

export const functioningStepInputSchema = z.object({
  answers: z.array(z.object({ domainId: z.string().min(1), level: z.enum(DifficultyLevel) })),
  consent: z.boolean(),
});
export type FunctioningStepInput = z.infer<typeof functioningStepInputSchema>;

export function toFunctioningStepInput(values: Record<string, string | string[]>) {
  const answers = Object.entries(values)
    .filter(([name, level]) => name.startsWith(DOMAIN_FIELD_PREFIX) && level !== "" && level !== UNKNOWN_DIFFICULTY)
    .map(([name, level]) => ({ domainId: name.slice(DOMAIN_FIELD_PREFIX.length), level }));
  return { answers, consent: values.consent === "yes" };
}

export const accommodationsStepInputSchema = z.object({
  accommodationIds: z.array(z.string().min(1)),
});
export type AccommodationsStepInput = z.infer<typeof accommodationsStepInputSchema>;

export function toAccommodationsStepInput(values: Record<string, string | string[]>) {
  return { accommodationIds: [...toList(values.accommodationIds), ...toList(values.accessFeatureIds)] };
}

const yesNo = (key: string) => z.enum(["yes", "no"], { error: key }).transform((value) => value === "yes");

export const disclosureStepInputSchema = z.object({
  showDisabilityTypes: yesNo("seeker.errors.showDisabilityTypesRequired"),
  showFunctioning: yesNo("seeker.errors.showFunctioningRequired"),
  showAccommodationNeeds: yesNo("seeker.errors.showAccommodationNeedsRequired"),
  consent: z.boolean(),
});
export type DisclosureStepInput = z.infer<typeof disclosureStepInputSchema>;

export function toDisclosureStepInput(values: Record<string, string | string[]>) {
  return { ...values, consent: values.consent === "yes" };
}
