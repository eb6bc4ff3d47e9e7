import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { createEmployerReference } from "@/lib/employers/testing/fixtures";
import { initialFormState } from "@/lib/forms/form-state";
import { insertEmployerWithCompany, insertVacancy } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

// The server actions of the employer's vacancy and company forms, called as the form posts them.
// The session, the database client and the catalog are replaced. The translator returns each
// catalog key unchanged, so the assertions name the keys.
const session = vi.hoisted(() => ({ actor: null as EmployerActor | null, db: null as Database | null }));

vi.mock("@/lib/auth/actor", () => ({ requireEmployer: async () => session.actor }));
vi.mock("@/lib/db/prisma", () => ({ getPrisma: () => session.db }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect to ${url}`);
  },
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "id",
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
}));

const { createVacancyAction, updateVacancyAction } = await import("@/app/[locale]/employer/vacancies/actions");
const { saveCompanyAction } = await import("@/app/[locale]/employer/company/actions");

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  session.db = testDb.prisma;
  await createEmployerReference(testDb.prisma);
});

afterAll(async () => {
  await testDb?.drop();
});

beforeEach(() => {
  // The deadline rule compares with today in the city's zone: 10 June 2026 in Bandung (WIB).
  vi.useFakeTimers({ now: new Date("2026-06-10T05:00:00Z"), toFake: ["Date"] });
  return () => vi.useRealTimers();
});

function formDataOf(fields: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  return formData;
}

const vacancyForm = {
  title: "Staf entri data",
  occupationCode: "4132",
  cityCode: "32.73",
  description: "Memasukkan data pelanggan ke sistem.",
  workMode: "onsite",
  hoursType: "full_time",
  hoursPerWeek: "40",
  salaryMin: "4.500.000",
  salaryMax: "5.500.000",
  minEducation: "senior_secondary",
  minExperienceYears: "0",
  deadline: "2026-06-30",
  openings: "2",
  publish: "publish",
};

describe("createVacancyAction", () => {
  it("reports every error of one submit in form order", async () => {
    session.actor = await insertEmployerWithCompany(testDb.prisma);

    const state = await createVacancyAction(
      initialFormState,
      formDataOf({ ...vacancyForm, salaryMin: "6.000.000", openings: "0", deadline: "2026-06-09" }),
    );

    expect(state.status).toBe("error");
    expect(Object.entries(state.fieldErrors)).toEqual([
      ["salaryMax", "vacancies.errors.salaryMinAboveMax"],
      ["deadline", "vacancies.errors.deadlinePast"],
      ["openings", "vacancies.errors.openingsInvalid"],
    ]);
    expect(state.values.salaryMin).toBe("6.000.000");
  });

  it("places a field error before a cross-field error further down", async () => {
    session.actor = await insertEmployerWithCompany(testDb.prisma);

    const state = await createVacancyAction(
      initialFormState,
      formDataOf({ ...vacancyForm, title: "", description: "", salaryMin: "6.000.000", deadline: "2026-06-09" }),
    );

    expect(Object.keys(state.fieldErrors)).toEqual(["title", "description", "salaryMax", "deadline"]);
  });

  it("accepts today in the city's zone", async () => {
    session.actor = await insertEmployerWithCompany(testDb.prisma);

    await expect(createVacancyAction(initialFormState, formDataOf({ ...vacancyForm, deadline: "2026-06-10" }))).rejects.toThrow(
      "redirect to /id/employer/vacancies?saved=1",
    );
  });
});

describe("updateVacancyAction", () => {
  it("keeps an unchanged past deadline and reports the other errors", async () => {
    const actor = await insertEmployerWithCompany(testDb.prisma);
    session.actor = actor;
    const { id: vacancyId } = await insertVacancy(testDb.prisma, { companyId: actor.companyId, deadline: new Date(Date.UTC(2026, 0, 31)) });

    const state = await updateVacancyAction(
      vacancyId,
      initialFormState,
      formDataOf({ ...vacancyForm, deadline: "2026-01-31", openings: "0", publish: "keep" }),
    );

    expect(state.fieldErrors).toEqual({ openings: "vacancies.errors.openingsInvalid" });
  });

  it("rejects a new past deadline together with the other errors", async () => {
    const actor = await insertEmployerWithCompany(testDb.prisma);
    session.actor = actor;
    const { id: vacancyId } = await insertVacancy(testDb.prisma, { companyId: actor.companyId, deadline: new Date(Date.UTC(2026, 0, 31)) });

    const state = await updateVacancyAction(
      vacancyId,
      initialFormState,
      formDataOf({ ...vacancyForm, deadline: "2026-02-28", openings: "0", publish: "keep" }),
    );

    expect(Object.keys(state.fieldErrors)).toEqual(["deadline", "openings"]);
  });
});

describe("saveCompanyAction", () => {
  const companyForm = {
    name: "PT Maju Bersama",
    nib: "8000000000001",
    sector: "private",
    industry: "Ritel",
    headcount: "10",
    employeesWithDisabilities: "1",
    cityCode: "32.73",
    address: "Jl. Asia Afrika 1",
    accessibilityNotes: "",
  };

  it("reports a taken NIB with every other error in form order", async () => {
    await insertEmployerWithCompany(testDb.prisma, { nib: "8000000000002" });
    session.actor = await insertEmployerWithCompany(testDb.prisma);

    const state = await saveCompanyAction(
      initialFormState,
      formDataOf({ ...companyForm, name: "", nib: "8000000000002", employeesWithDisabilities: "11", cityCode: "" }),
    );

    expect(Object.entries(state.fieldErrors)).toEqual([
      ["name", "employer.errors.nameRequired"],
      ["nib", "employer.errors.nibTaken"],
      ["employeesWithDisabilities", "employer.errors.employeesWithDisabilitiesAboveHeadcount"],
      ["cityCode", "employer.errors.cityRequired"],
    ]);
  });

  it("lets a company keep its own NIB", async () => {
    session.actor = await insertEmployerWithCompany(testDb.prisma, { name: companyForm.name, nib: "8000000000003" });

    const state = await saveCompanyAction(initialFormState, formDataOf({ ...companyForm, nib: "8000000000003" }));

    expect(state.status).toBe("success");
    expect(state.message).toBe("saved");
  });
});
