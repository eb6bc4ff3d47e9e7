import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { createEmployerReference } from "@/lib/employers/testing/fixtures";
import { insertApplication, insertEmployer, insertEmployerWithCompany, insertSeeker, insertVacancy } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { changeVacancyStatus } from "./change-vacancy-status";
import { createVacancy } from "./create-vacancy";
import { getCompanyVacancy } from "./get-company-vacancy";
import { listCompanyVacancies } from "./list-company-vacancies";
import type { VacancyInput } from "./schemas";
import { updateVacancy } from "./update-vacancy";

let testDb: TestDatabase;
let db: Database;

// 20:00 UTC on 10 June is already 11 June 03:00 in Bandung (WIB) and 04:00 in Makassar (WITA).
const now = new Date("2026-06-10T20:00:00Z");

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.prisma;
  await createEmployerReference(db);
});

afterAll(async () => {
  await testDb?.drop();
});

function vacancyInput(overrides?: Partial<VacancyInput>): VacancyInput {
  return {
    title: "Staf entri data",
    occupationCode: "4132",
    cityCode: "32.73",
    workMode: "onsite",
    hoursType: "full_time",
    hoursPerWeek: 40,
    salaryMin: 4_500_000,
    salaryMax: 5_500_000,
    minEducation: "senior_secondary",
    minExperienceYears: 1,
    skills: [
      { skillId: "data_entry", required: true, minLevel: 2 },
      { skillId: "use_spreadsheets", required: false, minLevel: 1 },
    ],
    functions: [
      { description: "Mengetik data dari formulir", demands: { seeing: "high", remembering: "some" } },
      null,
      { description: "Menjawab telepon", demands: { hearing: "some" } },
    ],
    accommodations: ["screen_reader", "step_free_access"],
    deadline: new Date(Date.UTC(2026, 5, 30)),
    openings: 2,
    description: "Memasukkan data pelanggan.",
    publish: "publish",
    ...overrides,
  };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe("createVacancy", () => {
  it("publishes a vacancy with all its child rows", async () => {
    const actor = await insertEmployerWithCompany(db);
    const { vacancyId } = await createVacancy({ db, actor, input: vacancyInput(), now });

    const vacancy = await db.vacancy.findUniqueOrThrow({
      where: { id: vacancyId },
      include: { skills: true, accommodations: true, functions: { include: { demands: true }, orderBy: { position: "asc" } } },
    });
    expect(vacancy.status).toBe("open");
    expect(vacancy.publishedAt).toEqual(now);
    expect(vacancy.deadline.toISOString()).toBe("2026-06-30T00:00:00.000Z");
    expect(vacancy.skills).toHaveLength(2);
    expect(vacancy.accommodations.map((row) => row.accommodationId).sort()).toEqual(["screen_reader", "step_free_access"]);
    expect(vacancy.functions.map((row) => [row.position, row.description, row.demands.length])).toEqual([
      [1, "Mengetik data dari formulir", 2],
      [2, "Menjawab telepon", 1],
    ]);
  });

  it("saves a draft without publishing it", async () => {
    const actor = await insertEmployerWithCompany(db);
    const { vacancyId } = await createVacancy({ db, actor, input: vacancyInput({ publish: "draft" }), now });
    const vacancy = await db.vacancy.findUniqueOrThrow({ where: { id: vacancyId } });
    expect(vacancy.status).toBe("draft");
    expect(vacancy.publishedAt).toBeNull();
  });

  it("judges the deadline by the vacancy city's calendar day", async () => {
    const actor = await insertEmployerWithCompany(db);
    const yesterdayThere = vacancyInput({ deadline: new Date(Date.UTC(2026, 5, 10)) });
    const error = await caught(createVacancy({ db, actor, input: yesterdayThere, now }));
    expect(error).toMatchObject({ code: "invalid_input", field: "deadline", messageKey: "vacancies.errors.deadlinePast" });

    const todayThere = vacancyInput({ deadline: new Date(Date.UTC(2026, 5, 11)), cityCode: "73.71" });
    await expect(createVacancy({ db, actor, input: todayThere, now })).resolves.toHaveProperty("vacancyId");
  });

  it("lets a pending company post and stops a rejected one", async () => {
    const pending = await insertEmployerWithCompany(db, { verificationStatus: "pending" });
    await expect(createVacancy({ db, actor: pending, input: vacancyInput(), now })).resolves.toHaveProperty("vacancyId");

    const rejected = await insertEmployerWithCompany(db, { verificationStatus: "rejected" });
    const error = await caught(createVacancy({ db, actor: rejected, input: vacancyInput(), now }));
    expect(error).toMatchObject({ code: "forbidden", messageKey: "vacancies.errors.companyRejected" });
    expect(await db.vacancy.count({ where: { companyId: rejected.companyId } })).toBe(0);
  });

  it("asks an employer without a company to create one first", async () => {
    const actor = await insertEmployer(db);
    const error = await caught(createVacancy({ db, actor, input: vacancyInput(), now }));
    expect(error).toMatchObject({ messageKey: "vacancies.errors.companyMissing" });
  });

  it("rejects unknown reference ids on their fields and writes nothing", async () => {
    const actor = await insertEmployerWithCompany(db);
    const cases: [Partial<VacancyInput>, string][] = [
      [{ skills: [{ skillId: "juggling", required: true, minLevel: 1 }] }, "skills"],
      [{ accommodations: ["teleporter"] }, "accommodations"],
      [{ occupationCode: "4130" }, "occupationCode"],
      [{ cityCode: "99.99" }, "cityCode"],
    ];
    for (const [overrides, field] of cases) {
      const error = await caught(createVacancy({ db, actor, input: vacancyInput(overrides), now }));
      expect(error, field).toBeInstanceOf(AppError);
      expect(error, field).toMatchObject({ field });
    }
    expect(await db.vacancy.count({ where: { companyId: actor.companyId } })).toBe(0);
  });
});

describe("updateVacancy", () => {
  it("replaces the vacancy and its child rows", async () => {
    const actor = await insertEmployerWithCompany(db);
    const { vacancyId } = await createVacancy({ db, actor, input: vacancyInput(), now });

    await updateVacancy({
      db,
      actor,
      vacancyId,
      now,
      input: vacancyInput({
        title: "Staf administrasi",
        skills: [{ skillId: "use_spreadsheets", required: true, minLevel: 3 }],
        functions: [{ description: "Menyusun laporan", demands: {} }],
        accommodations: [],
        publish: "keep",
      }),
    });

    const edited = await getCompanyVacancy({ db, actor, vacancyId });
    expect(edited?.title).toBe("Staf administrasi");
    expect(edited?.status).toBe("open");
    expect(edited?.values).toMatchObject({
      "skill.use_spreadsheets": "required:3",
      "functions.0.description": "Menyusun laporan",
      accommodations: [],
      publish: "keep",
    });
    expect(edited?.values["skill.data_entry"]).toBeUndefined();
    expect(await db.jobFunctionDemand.count({ where: { jobFunction: { vacancyId } } })).toBe(0);
  });

  it("keeps an unchanged past deadline but rejects a new one in the past", async () => {
    const actor = await insertEmployerWithCompany(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId: actor.companyId, deadline: new Date(Date.UTC(2026, 0, 31)) });

    const unchanged = vacancyInput({ deadline: new Date(Date.UTC(2026, 0, 31)), publish: "keep" });
    await expect(updateVacancy({ db, actor, vacancyId, input: unchanged, now })).resolves.toEqual({ vacancyId });

    const moved = vacancyInput({ deadline: new Date(Date.UTC(2026, 1, 28)), publish: "keep" });
    expect(await caught(updateVacancy({ db, actor, vacancyId, input: moved, now }))).toMatchObject({ field: "deadline" });
  });

  it("reads another company's vacancy as not found and leaves it unchanged", async () => {
    const owner = await insertEmployerWithCompany(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId: owner.companyId });
    const other = await insertEmployerWithCompany(db);

    const error = await caught(updateVacancy({ db, actor: other, vacancyId, input: vacancyInput({ title: "Dibajak" }), now }));
    expect(error).toMatchObject({ code: "not_found" });
    expect((await db.vacancy.findUniqueOrThrow({ where: { id: vacancyId } })).title).toBe("Staf entri data");
    expect(await getCompanyVacancy({ db, actor: other, vacancyId })).toBeNull();
  });
});

describe("listCompanyVacancies", () => {
  it("lists only the company's vacancies with application counts", async () => {
    const actor = await insertEmployerWithCompany(db);
    const first = await insertVacancy(db, { companyId: actor.companyId, title: "Pertama" });
    await insertVacancy(db, { companyId: actor.companyId, title: "Kedua" });
    const other = await insertEmployerWithCompany(db);
    await insertVacancy(db, { companyId: other.companyId, title: "Milik lain" });

    const hiredSeeker = await insertSeeker(db);
    const hired = await insertApplication(db, { seeker: hiredSeeker, vacancyId: first.id });
    await db.application.update({ where: { id: hired.id }, data: { status: "hired" } });
    await insertApplication(db, { seeker: await insertSeeker(db), vacancyId: first.id });

    const list = await listCompanyVacancies({ db, actor });
    expect(list.map((vacancy) => vacancy.title).sort()).toEqual(["Kedua", "Pertama"]);
    expect(list.find((vacancy) => vacancy.title === "Pertama")?.applications).toEqual({ total: 2, active: 1, hired: 1 });
    expect(list.find((vacancy) => vacancy.title === "Kedua")?.applications).toEqual({ total: 0, active: 0, hired: 0 });
  });
});

describe("changeVacancyStatus", () => {
  it("closes and reopens a vacancy", async () => {
    const actor = await insertEmployerWithCompany(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId: actor.companyId });

    await expect(changeVacancyStatus({ db, actor, vacancyId, action: "close", now })).resolves.toEqual({ status: "closed" });
    await expect(changeVacancyStatus({ db, actor, vacancyId, action: "close", now })).rejects.toMatchObject({ code: "invalid_state" });
    await expect(changeVacancyStatus({ db, actor, vacancyId, action: "reopen", now })).resolves.toEqual({ status: "open" });
  });

  it("does not reopen a vacancy whose deadline passed", async () => {
    const actor = await insertEmployerWithCompany(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId: actor.companyId, status: "closed", deadline: new Date(Date.UTC(2026, 5, 10)) });
    await expect(changeVacancyStatus({ db, actor, vacancyId, action: "reopen", now })).rejects.toMatchObject({
      messageKey: "vacancies.errors.reopenDeadlinePast",
    });
  });

  it("publishes a draft and stamps the publication time", async () => {
    const actor = await insertEmployerWithCompany(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId: actor.companyId, status: "draft", publishedAt: null });
    await changeVacancyStatus({ db, actor, vacancyId, action: "publish", now });
    expect((await db.vacancy.findUniqueOrThrow({ where: { id: vacancyId } })).publishedAt).toEqual(now);
  });

  it("reads another company's vacancy as not found", async () => {
    const owner = await insertEmployerWithCompany(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId: owner.companyId });
    const other = await insertEmployerWithCompany(db);
    await expect(changeVacancyStatus({ db, actor: other, vacancyId, action: "close", now })).rejects.toMatchObject({ code: "not_found" });
    expect((await db.vacancy.findUniqueOrThrow({ where: { id: vacancyId } })).status).toBe("open");
  });
});
