import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db/create-client";
import { createEmployerReference } from "@/lib/employers/testing/fixtures";
import { insertApplication, insertEmployerWithCompany, insertSeeker, insertVacancy } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { changeApplicationStatus } from "./change-application-status";
import { formatDateInZone } from "./deadline";
import { getEmployerApplication } from "./get-employer-application";
import { listVacancyApplications } from "./list-vacancy-applications";

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.prisma;
  await createEmployerReference(db);
});

afterAll(async () => {
  await testDb?.drop();
});

// A seeker with every sensitive part filled in, each shown or hidden by its flag.
async function seekerWithSensitiveData(flags: { showDisabilityTypes: boolean; showFunctioning: boolean; showAccommodationNeeds: boolean }) {
  const seeker = await insertSeeker(db, { ...flags, disabilityTypes: ["sensory_seeing"], experienceYears: 3 });
  await db.seekerSkill.create({ data: { seekerId: seeker.seekerId, skillId: "data_entry", level: 3 } });
  await db.seekerFunctioning.create({ data: { seekerId: seeker.seekerId, domainId: "seeing", level: "cannot" } });
  await db.seekerAccommodationNeed.create({ data: { seekerId: seeker.seekerId, accommodationId: "screen_reader" } });
  return seeker;
}

describe("listVacancyApplications", () => {
  it("returns hidden parts as null and shown parts in full", async () => {
    const employer = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: employer.companyId });
    const hiding = await seekerWithSensitiveData({ showDisabilityTypes: false, showFunctioning: false, showAccommodationNeeds: false });
    const showing = await seekerWithSensitiveData({ showDisabilityTypes: true, showFunctioning: true, showAccommodationNeeds: true });
    await insertApplication(db, { seeker: hiding, vacancyId: vacancy.id });
    await insertApplication(db, { seeker: showing, vacancyId: vacancy.id });

    const result = await listVacancyApplications({ db, actor: employer, vacancyId: vacancy.id });
    const bySeeker = new Map(result!.applications.map((application) => [application.seeker.id, application]));

    const hidden = bySeeker.get(hiding.seekerId)!;
    expect(hidden.disclosed).toEqual({ disabilityTypes: null, functioning: null, accommodationNeeds: null });
    expect(hidden.seeker.skills.map((row) => row.skill.id)).toEqual(["data_entry"]);
    expect(hidden.seeker.experienceYears).toBe(3);
    expect(Object.keys(hidden.seeker)).not.toContain("disabilityTypes");

    const shown = bySeeker.get(showing.seekerId)!;
    expect(shown.disclosed.disabilityTypes).toEqual(["sensory_seeing"]);
    expect(shown.disclosed.functioning).toEqual([{ domainId: "seeing", labelId: "seeing", labelEn: "seeing", level: "cannot" }]);
    expect(shown.disclosed.accommodationNeeds?.map((need) => need.id)).toEqual(["screen_reader"]);
  });

  it("shows each part on its own flag", async () => {
    const employer = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: employer.companyId });
    const seeker = await seekerWithSensitiveData({ showDisabilityTypes: false, showFunctioning: true, showAccommodationNeeds: false });
    await insertApplication(db, { seeker, vacancyId: vacancy.id });

    const result = await listVacancyApplications({ db, actor: employer, vacancyId: vacancy.id });
    const disclosed = result!.applications[0]!.disclosed;
    expect(disclosed.disabilityTypes).toBeNull();
    expect(disclosed.functioning).toHaveLength(1);
    expect(disclosed.accommodationNeeds).toBeNull();
  });

  it("dates applications in the vacancy city's zone", async () => {
    const employer = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: employer.companyId, cityCode: "73.71" });
    const { id } = await insertApplication(db, { seeker: await insertSeeker(db), vacancyId: vacancy.id });
    // 21:18 UTC on 4 December is 05:18 WITA on 5 December in Makassar.
    await db.application.update({ where: { id }, data: { createdAt: new Date("2026-12-04T21:18:00Z") } });

    const result = await listVacancyApplications({ db, actor: employer, vacancyId: vacancy.id });

    expect(result!.vacancy.timeZone).toBe("WITA");
    expect(formatDateInZone(result!.applications[0]!.createdAt, "id", result!.vacancy.timeZone)).toBe("5 Desember 2026");
  });

  it("returns null for another company's vacancy", async () => {
    const owner = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: owner.companyId });
    await insertApplication(db, { seeker: await insertSeeker(db), vacancyId: vacancy.id });
    const other = await insertEmployerWithCompany(db);

    expect(await listVacancyApplications({ db, actor: other, vacancyId: vacancy.id })).toBeNull();
  });
});

describe("getEmployerApplication", () => {
  it("returns the history with who changed the status and when", async () => {
    const employer = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: employer.companyId });
    const seeker = await seekerWithSensitiveData({ showDisabilityTypes: false, showFunctioning: false, showAccommodationNeeds: true });
    const { id: applicationId } = await insertApplication(db, { seeker, vacancyId: vacancy.id });
    const changedAt = new Date(Date.now() + 60_000);
    await changeApplicationStatus({ db, actor: employer, applicationId, toStatus: "reviewing", now: changedAt });

    const application = await getEmployerApplication({ db, actor: employer, applicationId });

    expect(application?.history.map((row) => [row.fromStatus, row.toStatus, row.changedBy.name])).toEqual([
      [null, "submitted", "Sari"],
      ["submitted", "reviewing", "Budi HRD"],
    ]);
    expect(application?.history[1]?.changedAt).toEqual(changedAt);
    expect(application?.disclosed.functioning).toBeNull();
    expect(application?.disclosed.accommodationNeeds?.map((need) => need.id)).toEqual(["screen_reader"]);
  });

  it("returns the vacancy city's zone for the application date", async () => {
    const employer = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: employer.companyId, cityCode: "94.71" });
    const { id } = await insertApplication(db, { seeker: await insertSeeker(db), vacancyId: vacancy.id });
    // 19:18 UTC on 4 December is 04:18 WIT on 5 December in Jayapura.
    await db.application.update({ where: { id }, data: { createdAt: new Date("2026-12-04T19:18:00Z") } });

    const application = await getEmployerApplication({ db, actor: employer, applicationId: id });
    const zone = application!.vacancy.city.province.timeZone;

    expect(zone).toBe("WIT");
    expect(formatDateInZone(application!.createdAt, "en", zone)).toBe("5 December 2026");
  });

  it("returns null for another company's application", async () => {
    const owner = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: owner.companyId });
    const { id: applicationId } = await insertApplication(db, { seeker: await insertSeeker(db), vacancyId: vacancy.id });
    const other = await insertEmployerWithCompany(db);

    expect(await getEmployerApplication({ db, actor: other, applicationId })).toBeNull();
  });
});

describe("employer reads of disclosed data", () => {
  async function auditRows(seekerId: string) {
    return db.auditLog.findMany({
      where: { entityId: seekerId, action: "seeker.sensitive.read" },
      select: { actorId: true, cityCode: true, metadata: true },
    });
  }

  it("logs the shown fields for the list", async () => {
    const employer = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: employer.companyId });
    const seeker = await seekerWithSensitiveData({ showDisabilityTypes: true, showFunctioning: false, showAccommodationNeeds: true });
    await insertApplication(db, { seeker, vacancyId: vacancy.id });

    await listVacancyApplications({ db, actor: employer, vacancyId: vacancy.id });

    const rows = await auditRows(seeker.seekerId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorId).toBe(employer.userId);
    expect(rows[0]!.cityCode).toBe("32.73");
    expect(rows[0]!.metadata).toEqual({ fields: ["disabilityTypes", "accommodationNeeds"], purpose: "employer_recruitment" });
  });

  it("logs nothing when everything is hidden", async () => {
    const employer = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: employer.companyId });
    const seeker = await seekerWithSensitiveData({ showDisabilityTypes: false, showFunctioning: false, showAccommodationNeeds: false });
    await insertApplication(db, { seeker, vacancyId: vacancy.id });

    await listVacancyApplications({ db, actor: employer, vacancyId: vacancy.id });

    expect(await auditRows(seeker.seekerId)).toEqual([]);
  });

  it("logs the detail page read", async () => {
    const employer = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: employer.companyId });
    const seeker = await seekerWithSensitiveData({ showDisabilityTypes: false, showFunctioning: true, showAccommodationNeeds: false });
    const application = await insertApplication(db, { seeker, vacancyId: vacancy.id });

    await getEmployerApplication({ db, actor: employer, applicationId: application.id });

    const rows = await auditRows(seeker.seekerId);
    expect(rows.map((row) => row.metadata)).toEqual([{ fields: ["functioning"], purpose: "employer_recruitment" }]);
  });

  it("logs nothing for another company's application", async () => {
    const owner = await insertEmployerWithCompany(db);
    const vacancy = await insertVacancy(db, { companyId: owner.companyId });
    const seeker = await seekerWithSensitiveData({ showDisabilityTypes: true, showFunctioning: true, showAccommodationNeeds: true });
    const application = await insertApplication(db, { seeker, vacancyId: vacancy.id });
    const other = await insertEmployerWithCompany(db);

    expect(await getEmployerApplication({ db, actor: other, applicationId: application.id })).toBeNull();
    expect(await auditRows(seeker.seekerId)).toEqual([]);
  });
});
