import { z } from "zod";

import { asList, wholeNumber, whenNumbers } from "@/lib/forms/field-schemas";
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

// Fields are listed in the order the company form shows them, which is the order of its error
// summary (see firstErrorPerField).
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
    when: whenNumbers("headcount", "employeesWithDisabilities"),
  });

export type CompanyInput = z.infer<typeof companyInputSchema>;

export function toCompanyInput(values: Record<string, string | string[]>): unknown {
  return {
    name: values.name ?? "",
    nib: values.nib ?? "",
    sector: values.sector || undefined,
    industry: values.industry ?? "",
    headcount: values.headcount ?? "",
    employeesWithDisabilities: values.employeesWithDisabilities ?? "",
    cityCode: values.cityCode ?? "",
    address: values.address ?? "",
    accessFeatures: asList(values.accessFeatures),
    accessibilityNotes: values.accessibilityNotes ?? "",
  };
}
