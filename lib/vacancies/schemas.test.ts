import { describe, expect, it } from "vitest";

import { firstErrorPerField } from "@/lib/forms/field-order";

import { toVacancyInput, vacancyInputSchema } from "./schemas";

const validForm = {
  title: "Staf entri data",
  occupationCode: "4132",
  cityCode: "32.73",
  workMode: "onsite",
  hoursType: "full_time",
  hoursPerWeek: "40",
  salaryMin: "4.500.000",
  salaryMax: "5500000",
  minEducation: "senior_secondary",
  minExperienceYears: "0",
  deadline: "2026-12-31",
  openings: "2",
  description: "Memasukkan data pelanggan ke sistem.",
  publish: "publish",
  "skill.data_entry": "required:2",
  "skill.use_spreadsheets": "preferred:1",
  "skill.ignored": "",
  "functions.0.description": "Mengetik data dari formulir",
  "functions.0.demand.seeing": "high",
  "functions.0.demand.walking": "none",
  accommodations: ["screen_reader", "flexible_hours"],
};

function parse(overrides: Record<string, string | string[]>) {
  return vacancyInputSchema.safeParse(toVacancyInput({ ...validForm, ...overrides }));
}

function issuesOf(overrides: Record<string, string | string[]>): Record<string, string> {
  const result = parse(overrides);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("vacancyInputSchema", () => {
  it("parses a complete form", () => {
    const result = parse({});
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.salaryMin).toBe(4_500_000);
    expect(result.data.salaryMax).toBe(5_500_000);
    expect(result.data.deadline.toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(result.data.skills).toEqual([
      { skillId: "data_entry", required: true, minLevel: 2 },
      { skillId: "use_spreadsheets", required: false, minLevel: 1 },
    ]);
    expect(result.data.functions[0]).toEqual({ description: "Mengetik data dari formulir", demands: { seeing: "high" } });
    expect(result.data.functions.slice(1)).toEqual([null, null, null, null, null]);
    expect(result.data.accommodations).toEqual(["screen_reader", "flexible_hours"]);
  });

  it("accepts a single ticked accommodation and empty salaries", () => {
    const result = parse({ accommodations: "screen_reader", salaryMin: "", salaryMax: "" });
    expect(result.data?.accommodations).toEqual(["screen_reader"]);
    expect(result.data?.salaryMin).toBeNull();
  });

  it("rejects a decimal salary instead of truncating it", () => {
    expect(issuesOf({ salaryMin: "4.500.000,50" })).toEqual({ salaryMin: "vacancies.errors.salaryDecimal" });
  });

  it("rejects a minimum salary above the maximum", () => {
    expect(issuesOf({ salaryMin: "6.000.000" })).toEqual({ salaryMax: "vacancies.errors.salaryMinAboveMax" });
  });

  it("reports the salary order together with other errors", () => {
    expect(issuesOf({ salaryMin: "6.000.000", title: "" })).toEqual({
      title: "vacancies.errors.titleRequired",
      salaryMax: "vacancies.errors.salaryMinAboveMax",
    });
  });

  it("reports every error at once in form order", () => {
    const result = parse({ title: "", description: "", salaryMin: "6.000.000", openings: "0", "functions.1.demand.seeing": "high" });
    expect(result.success).toBe(false);
    expect(firstErrorPerField(vacancyInputSchema, result.error!.issues)).toEqual([
      ["title", "vacancies.errors.titleRequired"],
      ["description", "vacancies.errors.descriptionRequired"],
      ["salaryMax", "vacancies.errors.salaryMinAboveMax"],
      ["functions.1.description", "vacancies.errors.functionDescriptionRequired"],
      ["openings", "vacancies.errors.openingsInvalid"],
    ]);
  });

  it.each(["2026-02-30", "31-12-2026", "2026-13-01"])("rejects deadline %j", (deadline) => {
    expect(issuesOf({ deadline })).toEqual({ deadline: "vacancies.errors.deadlineInvalid" });
  });

  it.each([
    ["hoursPerWeek", "0", "vacancies.errors.hoursPerWeekInvalid"],
    ["hoursPerWeek", "61", "vacancies.errors.hoursPerWeekInvalid"],
    ["hoursPerWeek", "37.5", "vacancies.errors.hoursPerWeekInvalid"],
    ["openings", "0", "vacancies.errors.openingsInvalid"],
    ["openings", "", "vacancies.errors.openingsRequired"],
    ["minExperienceYears", "-1", "vacancies.errors.minExperienceYearsInvalid"],
    ["workMode", "", "vacancies.errors.workModeRequired"],
    ["publish", "later", "vacancies.errors.publishRequired"],
  ])("rejects %s = %j", (field, value, key) => {
    expect(issuesOf({ [field]: value })).toEqual({ [field]: key });
  });

  it("asks for the description of a job function row that has demands", () => {
    expect(
      issuesOf({ "functions.0.description": "", "functions.0.demand.seeing": "", "functions.2.demand.hearing": "some" }),
    ).toEqual({ "functions.2.description": "vacancies.errors.functionDescriptionRequired" });
  });

  it("drops skill choices outside the known values", () => {
    const result = parse({ "skill.data_entry": "required:9" });
    expect(result.data?.skills.map((skill) => skill.skillId)).toEqual(["use_spreadsheets"]);
  });
});
