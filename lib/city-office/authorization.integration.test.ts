import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CityOfficerActor } from "../auth/actor";
import type { AppErrorCode } from "../errors/app-error";
import { insertOfficer } from "../../tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { exportCityPlacements, type PlacementCsvHeadings } from "./export-city-placements";
import { getCityCompany } from "./get-city-company";
import { getCityDashboard } from "./get-city-dashboard";
import { getCitySeekerRecord } from "./get-city-seeker-record";
import { listCityCompanies } from "./list-city-companies";
import { listCityPlacements } from "./list-city-placements";
import { listCitySeekers } from "./list-city-seekers";
import { createApplication, createCompany, createSeeker, createVacancy, insertReferenceRows } from "./testing/city-fixtures";
import { verifyCompany } from "./verify-company";

// Officer A serves Kota Bandung and officer B Kota Surabaya. Every service must return only the
// caller's city, and a record of the other city must read as missing and stay unchanged.

let database: TestDatabase;
let officerA: CityOfficerActor;
let officerB: CityOfficerActor;
let bandung: { seekerHired: string; seekerApplying: string; companyId: string; vacancyOpen: string };
let surabaya: { seekerId: string; companyId: string; vacancyId: string };

const now = new Date("2026-03-31T05:00:00Z");

const headings: PlacementCsvHeadings = {
  seekerName: "Name",
  vacancyTitle: "Vacancy",
  companyName: "Company",
  occupationCode: "KBJI",
  occupationTitle: "Occupation",
  hiredOn: "Hired on",
  followUps: ["1", "3", "6", "12"],
};

async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: "AppError", code });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  await insertReferenceRows(db);
  officerA = await insertOfficer(db, "32.73");
  officerB = await insertOfficer(db, "35.78");

  const hired = await createSeeker(db, "32.73", "Ayu Lestari");
  const applying = await createSeeker(db, "32.73", "Bima Saputra");
  const company = await createCompany(db, "32.73", "PT Bandung Inklusif");
  const vacancyOpen = await createVacancy(db, { companyId: company.companyId, cityCode: "32.73", title: "Staf Administrasi" });
  await createVacancy(db, { companyId: company.companyId, cityCode: "32.73", title: "Ditutup", status: "closed" });
  await createVacancy(db, { companyId: company.companyId, cityCode: "32.73", title: "Lewat tenggat", deadline: "2026-03-30" });
  await createApplication(db, {
    seekerId: hired.seekerId,
    vacancyId: vacancyOpen,
    status: "hired",
    changedById: company.employerUserId,
    hiredAt: new Date("2026-02-10T04:00:00Z"),
  });
  await createApplication(db, { seekerId: applying.seekerId, vacancyId: vacancyOpen, status: "submitted", changedById: applying.userId });
  bandung = { seekerHired: hired.seekerId, seekerApplying: applying.seekerId, companyId: company.companyId, vacancyOpen };

  const surabayaSeeker = await createSeeker(db, "35.78", "Citra Dewi");
  const surabayaCompany = await createCompany(db, "35.78", "CV Surabaya Setara");
  const surabayaVacancy = await createVacancy(db, { companyId: surabayaCompany.companyId, cityCode: "35.78", title: "Operator" });
  // A Bandung seeker applying in Surabaya: the application belongs to the vacancy's city.
  await createApplication(db, { seekerId: applying.seekerId, vacancyId: surabayaVacancy, status: "interview", changedById: surabayaCompany.employerUserId });
  surabaya = { seekerId: surabayaSeeker.seekerId, companyId: surabayaCompany.companyId, vacancyId: surabayaVacancy };
});

afterAll(async () => {
  await database?.drop();
});

describe("city dashboard scope", () => {
  it("counts only Bandung for officer A", async () => {
    const dashboard = await getCityDashboard({ db: database.prisma, actor: officerA, now });
    expect(dashboard.city.code).toBe("32.73");
    expect(dashboard.counts).toEqual({ seekers: 2, openVacancies: 1, applications: 2, placements: 1 });
    expect(dashboard.pendingCompanies.map((company) => company.id)).toEqual([bandung.companyId]);
    expect(dashboard.recentPlacements.map((placement) => placement.seekerName)).toEqual(["Ayu Lestari"]);
  });

  it("shows none of Bandung's rows to officer B", async () => {
    const dashboard = await getCityDashboard({ db: database.prisma, actor: officerB, now });
    expect(dashboard.city.code).toBe("35.78");
    // Surabaya's own seeker, vacancy and the one application to it; no Bandung row.
    expect(dashboard.counts).toEqual({ seekers: 1, openVacancies: 1, applications: 1, placements: 0 });
    expect(dashboard.recentPlacements).toEqual([]);
    expect(dashboard.pendingCompanies.map((company) => company.id)).toEqual([surabaya.companyId]);
  });
});

describe("city lists scope", () => {
  it("lists placements of the officer's city only", async () => {
    const placementsA = await listCityPlacements({ db: database.prisma, actor: officerA, ianaZone: "Asia/Jakarta" });
    const placementsB = await listCityPlacements({ db: database.prisma, actor: officerB, ianaZone: "Asia/Jakarta" });
    expect(placementsA.map((placement) => placement.seekerId)).toEqual([bandung.seekerHired]);
    expect(placementsB).toEqual([]);
  });

  it("lists seekers of the officer's city only", async () => {
    const seekersB = await listCitySeekers({ db: database.prisma, actor: officerB });
    expect(seekersB.map((seeker) => seeker.id)).toEqual([surabaya.seekerId]);
  });

  it("lists companies of the officer's city only", async () => {
    const companiesB = await listCityCompanies({ db: database.prisma, actor: officerB });
    expect(companiesB.map((company) => company.id)).toEqual([surabaya.companyId]);
  });

  it("exports only a header row for a city without placements", async () => {
    const csv = await exportCityPlacements({ db: database.prisma, actor: officerB, locale: "en", headings, fileNamePrefix: "placements", now });
    expect(csv.content.trim().split("\r\n")).toHaveLength(1);
    expect(csv.content).not.toContain("Ayu Lestari");
    expect(csv.fileName).toBe("placements-35.78-2026-03-31.csv");
  });
});

describe("records of another city", () => {
  it("reads another city's company as not found", async () => {
    await expectAppError(getCityCompany({ db: database.prisma, actor: officerB, companyId: bandung.companyId }), "not_found");
  });

  it("reads a missing company as not found", async () => {
    await expectAppError(getCityCompany({ db: database.prisma, actor: officerA, companyId: "missing-id" }), "not_found");
  });

  it("refuses to verify another city's company and changes nothing", async () => {
    const db = database.prisma;
    const before = await db.company.findUniqueOrThrow({ where: { id: bandung.companyId } });
    const auditBefore = await db.auditLog.count();

    await expectAppError(
      verifyCompany({ db, actor: officerB, companyId: bandung.companyId, decision: "verified", reason: "", seenUpdatedAt: before.updatedAt }),
      "not_found",
    );

    const after = await db.company.findUniqueOrThrow({ where: { id: bandung.companyId } });
    expect(after).toEqual(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("refuses another city's seeker record and writes no audit row", async () => {
    const db = database.prisma;
    const auditBefore = await db.auditLog.count();

    await expectAppError(getCitySeekerRecord({ db, actor: officerB, seekerId: bandung.seekerHired }), "not_found");

    expect(await db.auditLog.count()).toBe(auditBefore);
    expect(await db.auditLog.count({ where: { entityId: bandung.seekerHired } })).toBe(0);
  });

  it("opens the seeker record for the officer of its city", async () => {
    const record = await getCitySeekerRecord({ db: database.prisma, actor: officerA, seekerId: bandung.seekerApplying });
    // The seeker's application in Surabaya is part of the person's record, not of a city count.
    expect(record.applications.map((application) => application.status).sort()).toEqual(["interview", "submitted"]);
  });
});
