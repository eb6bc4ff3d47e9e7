import { z } from "zod";

import { EducationLevel, HoursType, WorkMode } from "@/lib/generated/prisma/enums";
import { asList, wholeNumber, whenNumbers } from "@/lib/forms/field-schemas";
import type { FormValues } from "@/lib/forms/form-state";
import { FUNCTIONING_DOMAINS } from "@/lib/matching/types";

import { parseRupiah } from "./rupiah";

// Messages are catalog keys; parseForm translates them for the page.

export const TITLE_MAX_LENGTH = 120;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const FUNCTION_DESCRIPTION_MAX_LENGTH = 300;
export const MAX_JOB_FUNCTIONS = 6;
export const MAX_SKILLS = 30;
// UU No. 13/2003 Pasal 77 sets 40 hours a week; overtime is capped well below this bound.
export const HOURS_PER_WEEK_MAX = 60;
export const OPENINGS_MAX = 1000;
export const EXPERIENCE_YEARS_MAX = 40;

export const SKILL_CHOICES = ["required:1", "required:2", "required:3", "preferred:1", "preferred:2", "preferred:3"] as const;
export const DEMAND_CHOICES = ["none", "some", "high"] as const;
// "keep" leaves the status of an open or closed vacancy as it is; the list page opens and closes them.
export const PUBLISH_CHOICES = ["publish", "draft", "keep"] as const;

const rupiahErrorKeys = {
  format: "vacancies.errors.salaryFormat",
  decimal: "vacancies.errors.salaryDecimal",
  range: "vacancies.errors.salaryRange",
} as const;

const rupiahSchema = z.string().transform((value, context) => {
  const result = parseRupiah(value);
  if (!result.ok) {
    context.addIssue({ code: "custom", message: rupiahErrorKeys[result.reason] });
    return z.NEVER;
  }
  return result.value;
});

// A calendar date from <input type="date">, which always sends YYYY-MM-DD. Returns the
// midnight-UTC Date that Prisma writes to a DATE column unchanged.
const dateSchema = z
  .string()
  .trim()
  .min(1, { error: "vacancies.errors.deadlineRequired", abort: true })
  .transform((value, context) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    const valid =
      match !== null &&
      date !== null &&
      date.getUTCFullYear() === Number(match[1]) &&
      date.getUTCMonth() === Number(match[2]) - 1 &&
      date.getUTCDate() === Number(match[3]);
    if (!valid) {
      context.addIssue({ code: "custom", message: "vacancies.errors.deadlineInvalid" });
      return z.NEVER;
    }
    return date;
  });

const skillSchema = z.object({
  skillId: z.string().min(1),
  required: z.boolean(),
  minLevel: z.number().int().min(1).max(3),
});

const jobFunctionSchema = z.object({
  description: z
    .string()
    .trim()
    .min(1, { error: "vacancies.errors.functionDescriptionRequired" })
    .max(FUNCTION_DESCRIPTION_MAX_LENGTH, { error: "vacancies.errors.functionDescriptionTooLong" }),
  demands: z.partialRecord(z.enum(FUNCTIONING_DOMAINS), z.enum(["some", "high"])),
});

// Fields are listed in the order the vacancy form shows them, which is the order of its error
// summary (see firstErrorPerField).
export const vacancyInputSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, { error: "vacancies.errors.titleRequired" })
      .max(TITLE_MAX_LENGTH, { error: "vacancies.errors.titleTooLong" }),
    occupationCode: z.string().regex(/^\d{4}$/, { error: "vacancies.errors.occupationRequired" }),
    cityCode: z.string().regex(/^\d{2}\.\d{2}$/, { error: "vacancies.errors.cityRequired" }),
    description: z
      .string()
      .trim()
      .min(1, { error: "vacancies.errors.descriptionRequired" })
      .max(DESCRIPTION_MAX_LENGTH, { error: "vacancies.errors.descriptionTooLong" }),
    workMode: z.enum(WorkMode, { error: "vacancies.errors.workModeRequired" }),
    hoursType: z.enum(HoursType, { error: "vacancies.errors.hoursTypeRequired" }),
    hoursPerWeek: wholeNumber(
      { required: "vacancies.errors.hoursPerWeekRequired", invalid: "vacancies.errors.hoursPerWeekInvalid" },
      1,
      HOURS_PER_WEEK_MAX,
    ),
    salaryMin: rupiahSchema,
    salaryMax: rupiahSchema,
    minEducation: z.enum(EducationLevel, { error: "vacancies.errors.minEducationRequired" }),
    minExperienceYears: wholeNumber(
      { required: "vacancies.errors.minExperienceYearsRequired", invalid: "vacancies.errors.minExperienceYearsInvalid" },
      0,
      EXPERIENCE_YEARS_MAX,
    ),
    skills: z.array(skillSchema).max(MAX_SKILLS, { error: "vacancies.errors.tooManySkills" }),
    // One entry per form row, null for an empty row, so an error path points at the right row.
    functions: z.array(jobFunctionSchema.nullable()).max(MAX_JOB_FUNCTIONS),
    accommodations: z.array(z.string().min(1)).max(100),
    deadline: dateSchema,
    openings: wholeNumber({ required: "vacancies.errors.openingsRequired", invalid: "vacancies.errors.openingsInvalid" }, 1, OPENINGS_MAX),
    publish: z.enum(PUBLISH_CHOICES, { error: "vacancies.errors.publishRequired" }),
  })
  .refine((input) => input.salaryMin === null || input.salaryMax === null || input.salaryMin <= input.salaryMax, {
    error: "vacancies.errors.salaryMinAboveMax",
    path: ["salaryMax"],
    when: whenNumbers("salaryMin", "salaryMax"),
  });

export type VacancyInput = z.infer<typeof vacancyInputSchema>;

function asText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

// Form field names of the skill picker and the job function rows.
export const skillFieldName = (skillId: string) => `skill.${skillId}`;
export const functionDescriptionName = (index: number) => `functions.${index}.description`;
export const functionDemandName = (index: number, domain: string) => `functions.${index}.demand.${domain}`;

// Reshapes flat form fields into the schema's input. A skill choice outside the known values is
// dropped. A job function row left fully empty becomes null, and a row with demands but no
// description stays, so the schema reports the missing description at that row's index.
export function toVacancyInput(values: FormValues): unknown {
  const skills: { skillId: string; required: boolean; minLevel: number }[] = [];
  for (const [name, raw] of Object.entries(values)) {
    if (!name.startsWith("skill.")) continue;
    const choice = asText(raw);
    if (!(SKILL_CHOICES as readonly string[]).includes(choice)) continue;
    const [requirement, level] = choice.split(":");
    skills.push({ skillId: name.slice("skill.".length), required: requirement === "required", minLevel: Number(level) });
  }

  const functions: ({ description: string; demands: Record<string, string> } | null)[] = [];
  for (let index = 0; index < MAX_JOB_FUNCTIONS; index += 1) {
    const description = asText(values[functionDescriptionName(index)]);
    const demands: Record<string, string> = {};
    for (const domain of FUNCTIONING_DOMAINS) {
      const level = asText(values[functionDemandName(index, domain)]);
      if (level === "some" || level === "high") demands[domain] = level;
    }
    const empty = description.trim() === "" && Object.keys(demands).length === 0;
    functions.push(empty ? null : { description, demands });
  }

  return {
    title: asText(values.title),
    occupationCode: asText(values.occupationCode),
    cityCode: asText(values.cityCode),
    workMode: asText(values.workMode) || undefined,
    hoursType: asText(values.hoursType) || undefined,
    hoursPerWeek: asText(values.hoursPerWeek),
    salaryMin: asText(values.salaryMin),
    salaryMax: asText(values.salaryMax),
    minEducation: asText(values.minEducation) || undefined,
    minExperienceYears: asText(values.minExperienceYears),
    skills,
    functions,
    accommodations: asList(values.accommodations),
    deadline: asText(values.deadline),
    openings: asText(values.openings),
    description: asText(values.description),
    publish: asText(values.publish) || undefined,
  };
}
