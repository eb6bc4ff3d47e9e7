import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CityOfficerActor } from "../auth/actor";
import { insertOfficer } from "../../tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { getCitySeekerRecord } from "./get-city-seeker-record";
import { listCitySeekers } from "./list-city-seekers";
import { createSeeker, insertReferenceRows } from "./testing/city-fixtures";

let database: TestDatabase;
let officer: CityOfficerActor;
let seekerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertReferenceRows(database.prisma);
  officer = await insertOfficer(database.prisma, "32.73");
  ({ seekerId } = await createSeeker(database.prisma, "32.73", "Dian Pratama"));
});

afterAll(async () => {
  await database?.drop();
});

describe("getCitySeekerRecord", () => {
  it("returns the sensitive profile", async () => {
    const record = await getCitySeekerRecord({ db: database.prisma, actor: officer, seekerId });
    expect(record.disabilityTypes).toEqual(["sensory_seeing"]);
    expect(record.functioning).toEqual([{ id: "seeing", labelId: "Melihat", labelEn: "Seeing", level: "a_lot" }]);
    expect(record.accommodationNeeds.map((need) => need.id)).toEqual(["screen-reader"]);
    expect(record.skills).toEqual([{ id: "skill-data-entry", labelId: "Entri data", labelEn: "Data entry", level: 2 }]);
  });

  it("returns the home city and its province", async () => {
    const record = await getCitySeekerRecord({ db: database.prisma, actor: officer, seekerId });
    expect(record.city).toEqual({ name: "Kota Bandung", provinceName: "Jawa Barat" });
  });

  it("writes one audit row per read", async () => {
    const where = { entityType: "SeekerProfile", entityId: seekerId };
    const before = await database.prisma.auditLog.count({ where });

    await getCitySeekerRecord({ db: database.prisma, actor: officer, seekerId });
    await getCitySeekerRecord({ db: database.prisma, actor: officer, seekerId });

    const rows = await database.prisma.auditLog.findMany({ where, orderBy: { id: "desc" } });
    expect(rows).toHaveLength(before + 2);
    expect(rows[0]).toMatchObject({
      action: "seeker.sensitive.read",
      actorId: officer.userId,
      cityCode: "32.73",
      metadata: { fields: ["disabilityTypes", "functioning", "accommodationNeeds"], purpose: "uld_assistance" },
    });
  });

  it("returns nothing when the audit row cannot be written", async () => {
    const ghost: CityOfficerActor = { ...officer, userId: "no-such-user" };
    await expect(getCitySeekerRecord({ db: database.prisma, actor: ghost, seekerId })).rejects.toThrow();
  });

  it("writes no audit row for a missing seeker", async () => {
    const before = await database.prisma.auditLog.count();
    await expect(getCitySeekerRecord({ db: database.prisma, actor: officer, seekerId: "missing" })).rejects.toMatchObject({ code: "not_found" });
    expect(await database.prisma.auditLog.count()).toBe(before);
  });
});

describe("listCitySeekers", () => {
  it("returns counts only and writes no audit row", async () => {
    const before = await database.prisma.auditLog.count();
    const seekers = await listCitySeekers({ db: database.prisma, actor: officer });
    expect(seekers).toEqual([{ id: seekerId, fullName: "Dian Pratama", skillCount: 1, applicationCount: 0 }]);
    expect(await database.prisma.auditLog.count()).toBe(before);
  });
});
