import { describe, expect, it } from "vitest";

import { firstErrorPerField } from "@/lib/forms/field-order";

import { companyInputSchema, toCompanyInput } from "./schemas";

const validForm = {
  name: "PT Maju Bersama",
  nib: "1234567890123",
  sector: "private",
  industry: "Ritel",
  headcount: "150",
  employeesWithDisabilities: "1",
  cityCode: "32.73",
  address: "Jl. Asia Afrika 1",
  accessFeatures: ["step_free_access", "accessible_toilet"],
  accessibilityNotes: "",
};

function issuesOf(overrides: Record<string, string | string[]>): Record<string, string> {
  const result = companyInputSchema.safeParse(toCompanyInput({ ...validForm, ...overrides }));
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("companyInputSchema", () => {
  it("parses a complete form", () => {
    const result = companyInputSchema.safeParse(toCompanyInput(validForm));
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ headcount: 150, employeesWithDisabilities: 1, nib: "1234567890123" });
  });

  it("drops spaces inside the NIB", () => {
    const result = companyInputSchema.safeParse(toCompanyInput({ ...validForm, nib: "1234 5678 90123" }));
    expect(result.data?.nib).toBe("1234567890123");
  });

  it.each(["123456789012", "12345678901234", "12345678901ab"])("rejects NIB %j", (nib) => {
    expect(issuesOf({ nib })).toEqual({ nib: "employer.errors.nibInvalid" });
  });

  it("asks for a missing NIB", () => {
    expect(issuesOf({ nib: " " })).toEqual({ nib: "employer.errors.nibRequired" });
  });

  it.each(["0", "-3", "1,5", "banyak"])("rejects headcount %j", (headcount) => {
    expect(issuesOf({ headcount, employeesWithDisabilities: "0" })).toEqual({ headcount: "employer.errors.headcountInvalid" });
  });

  it("rejects more employees with disabilities than staff, alongside other errors", () => {
    expect(issuesOf({ headcount: "10", employeesWithDisabilities: "11", name: "" })).toEqual({
      name: "employer.errors.nameRequired",
      employeesWithDisabilities: "employer.errors.employeesWithDisabilitiesAboveHeadcount",
    });
  });

  it("reports the staff count check at its field's place", () => {
    const result = companyInputSchema.safeParse(toCompanyInput({ ...validForm, name: "", headcount: "10", employeesWithDisabilities: "11", cityCode: "" }));
    expect(result.success).toBe(false);
    expect(firstErrorPerField(companyInputSchema, result.error!.issues).map(([field]) => field)).toEqual([
      "name",
      "employeesWithDisabilities",
      "cityCode",
    ]);
  });

  it("treats a single ticked access feature as a list", () => {
    const result = companyInputSchema.safeParse(toCompanyInput({ ...validForm, accessFeatures: "elevator" }));
    expect(result.data?.accessFeatures).toEqual(["elevator"]);
  });

  it("asks for the sector when none is chosen", () => {
    const result = companyInputSchema.safeParse(toCompanyInput({ ...validForm, sector: "" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("employer.errors.sectorRequired");
  });
});
