import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CityOfficerActor } from "../auth/actor";
import { insertOfficer } from "../../tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { getCityDashboard } from "./get-city-dashboard";
import { createApplication, createCompany, createSeeker, createVacancy, insertReferenceRows } from "./testing/city-fixtures";

let database: TestDatabase;
let bandungOfficer: CityOfficerActor;
let makassarOfficer: CityOfficerActor;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  await insertReferenceRows(db);
  bandungOfficer = await insertOfficer(db, "32.73");
  makassarOfficer = await insertOfficer(db, "73.71");

  const bandung = await createCompany(db, "32.73", "PT Bandung", "verified");
  await createVacancy(db, { companyId: bandung.companyId, cityCode: "32.73", title: "Tenggat 31 Maret", deadline: "2026-03-31" });
  const makassar = await createCompany(db, "73.71", "PT Makassar", "verified");
  await createVacancy(db, { companyId: makassar.companyId, cityCode: "73.71", title: "Tenggat 31 Maret", deadline: "2026-03-31" });

  const draftVacancy = await createVacancy(db, { companyId: bandung.companyId, cityCode: "32.73", title: "Draf", status: "draft" });
  const statuses = ["submitted", "reviewing", "reviewing", "interview", "hired", "withdrawn"] as const;
  for (const [index, status] of statuses.entries()) {
    const seeker = await createSeeker(db, "32.73", `Pencari ${index}`);
    await createApplication(db, { seekerId: seeker.seekerId, vacancyId: draftVacancy, status, changedById: seeker.userId });
  }
});

afterAll(async () => {
  await database?.drop();
});

describe("getCityDashboard open vacancies", () => {
  // 16:30 UTC on 31 March is 23:30 WIB the same day but 00:30 WITA on 1 April.
  const lateEvening = new Date("2026-03-31T16:30:00Z");

  it("keeps a vacancy open through its deadline day in WIB", async () => {
    const dashboard = await getCityDashboard({ db: database.prisma, actor: bandungOfficer, now: lateEvening });
    expect(dashboard.counts.openVacancies).toBe(1);
  });

  it("closes the same deadline earlier in WITA", async () => {
    const dashboard = await getCityDashboard({ db: database.prisma, actor: makassarOfficer, now: lateEvening });
    expect(dashboard.city.timeZone).toBe("WITA");
    expect(dashboard.counts.openVacancies).toBe(0);
  });

  it("closes the WIB vacancy on the next day", async () => {
    const dashboard = await getCityDashboard({ db: database.prisma, actor: bandungOfficer, now: new Date("2026-03-31T17:00:00Z") });
    expect(dashboard.counts.openVacancies).toBe(0);
  });
});

describe("getCityDashboard applications", () => {
  it("lists every status in workflow order", async () => {
    const dashboard = await getCityDashboard({ db: database.prisma, actor: bandungOfficer });
    expect(dashboard.applicationsByStatus).toEqual([
      { status: "submitted", count: 1 },
      { status: "reviewing", count: 2 },
      { status: "interview", count: 1 },
      { status: "offered", count: 0 },
      { status: "hired", count: 1 },
      { status: "rejected", count: 0 },
      { status: "withdrawn", count: 1 },
    ]);
  });

  it("counts applications to draft vacancies and their placements", async () => {
    const dashboard = await getCityDashboard({ db: database.prisma, actor: bandungOfficer });
    expect(dashboard.counts.applications).toBe(6);
    expect(dashboard.counts.placements).toBe(1);
    expect(dashboard.counts.seekers).toBe(6);
  });

  it("reports city and province names", async () => {
    const dashboard = await getCityDashboard({ db: database.prisma, actor: bandungOfficer });
    expect(dashboard.city).toMatchObject({ name: "Kota Bandung", provinceName: "Jawa Barat", ianaZone: "Asia/Jakarta" });
  });
});
