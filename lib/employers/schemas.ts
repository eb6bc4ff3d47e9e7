import { z } from "zod";

import { CompanySector } from "@/lib/generated/prisma/enums";

// Messages are catalog keys; parseForm translates them for the page.

export const COMPANY_NAME_MAX_LENGTH = 160;
export const HEADCOUNT_MAX = 10_000_000;

// Nomor Induk Berusaha, the business id issued through OSS: exactly 13 digits. Spaces are
// dropped because people copy it from documents that group the digits.
const nibSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().min(1, { error: "employer.errors.nibRequired", abort: true }).regex(/^\d{13}$/, { error: "employer.errors.nibInvalid" }));

// A whole number typed in a text field, so "12,5" or "12a" is an error rather than a guess.
function wholeNumber(keys: { required: string; invalid: string }, min: number, max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: keys.required, abort: true })
    .regex(/^\d+$/, { error: keys.invalid })
    .transform((value) => Number(value))
    .pipe(z.number().int().min(min, { error: keys.invalid }).max(max, { error: keys.invalid }));
}

export const companyInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: "employer.errors.nameRequired" })
      .max(COMPANY_NAME_MAX_LENGTH, { error: "employer.errors.nameTooLong" }),
    nib: nibSchema,
    sector: z.enum(CompanySector, { error: "employer.errors.sectorRequired" }),
    industry: z.string().trim().max(120, { error: "employer.errors.industryTooLong" }),
    headcount: wholeNumber({ required: "employer.errors.headcountRequired", invalid: "employer.errors.headcountInvalid" }, 1, HEADCOUNT_MAX),
    employeesWithDisabilities: wholeNumber(
      { required: "employer.errors.employeesWithDisabilitiesRequired", invalid: "employer.errors.employeesWithDisabilitiesInvalid" },
      0,
      HEADCOUNT_MAX,
    ),
    cityCode: z.string().regex(/^\d{2}\.\d{2}$/, { error: "employer.errors.cityRequired" }),
    address: z.string().trim().max(500, { error: "employer.errors.addressTooLong" }),
    accessFeatures: z.array(z.string().min(1)).max(100),
    accessibilityNotes: z.string().trim().max(2000, { error: "employer.errors.accessibilityNotesTooLong" }),
  })
  .refine((input) => input.employeesWithDisabilities <= input.headcount, {
    error: "employer.errors.employeesWithDisabilitiesAboveHeadcount",
    path: ["employeesWithDisabilities"],
    // Runs even when another field failed, so every error shows after one submit.
    when: (payload) => {
      const value = payload.value as { headcount?: unknown; employeesWithDisabilities?: unknown };
      return typeof value.headcount === "number" && typeof value.employeesWithDisabilities === "number";
    },
  });

export type CompanyInput = z.infer<typeof companyInputSchema>;

// Checkbox groups arrive as a string when one box is ticked and are missing when none is.
export function toCompanyInput(values: Record<string, string | string[]>): unknown {
  const features = values.accessFeatures;
  return {
    name: values.name ?? "",
    nib: values.nib ?? "",
    sector: values.sector || undefined,
    industry: values.industry ?? "",
    headcount: values.headcount ?? "",
    employeesWithDisabilities: values.employeesWithDisabilities ?? "",
    cityCode: values.cityCode ?? "",
    address: values.address ?? "",
    accessFeatures: features === undefined ? [] : Array.isArray(features) ? features : [features],
    accessibilityNotes: values.accessibilityNotes ?? "",
  };
}
