import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CityOfficerActor } from "../auth/actor";
import { insertOfficer } from "../../tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { getCityCompany } from "./get-city-company";
import { createCompany, insertReferenceRows } from "./testing/city-fixtures";
import { verifyCompany } from "./verify-company";

let database: TestDatabase;
let officer: CityOfficerActor;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertReferenceRows(database.prisma);
  officer = await insertOfficer(database.prisma, "32.73");
});

afterAll(async () => {
  await database?.drop();
});

async function loadCompany(companyId: string) {
  return database.prisma.company.findUniqueOrThrow({ where: { id: companyId } });
}

describe("verifyCompany", () => {
  it("verifies a pending company and records who did it", async () => {
    const { companyId } = await createCompany(database.prisma, "32.73", "PT Verifikasi");
    const before = await loadCompany(companyId);

    await verifyCompany({ db: database.prisma, actor: officer, companyId, decision: "verified", reason: "NIB cocok di OSS", seenUpdatedAt: before.updatedAt });

    const after = await loadCompany(companyId);
    expect(after.verificationStatus).toBe("verified");
    expect(after.verifiedById).toBe(officer.userId);
    expect(after.verifiedAt).toBeInstanceOf(Date);
    const audit = await database.prisma.auditLog.findMany({ where: { entityType: "Company", entityId: companyId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "company.verified",
      actorId: officer.userId,
      cityCode: "32.73",
      metadata: { fromStatus: "pending", toStatus: "verified", reason: "NIB cocok di OSS" },
    });
  });

  it("rejects with a reason that the company page shows", async () => {
    const { companyId } = await createCompany(database.prisma, "32.73", "PT Ditolak");
    const before = await loadCompany(companyId);

    await verifyCompany({ db: database.prisma, actor: officer, companyId, decision: "rejected", reason: "NIB tidak terdaftar", seenUpdatedAt: before.updatedAt });

    const company = await getCityCompany({ db: database.prisma, actor: officer, companyId });
    expect(company.verificationStatus).toBe("rejected");
    expect(company.lastDecision).toMatchObject({ status: "rejected", reason: "NIB tidak terdaftar", decidedByName: officer.name });
  });

  it("refuses a decision made on stale details", async () => {
    const { companyId } = await createCompany(database.prisma, "32.73", "PT Berubah");
    const seen = await loadCompany(companyId);
    // The employer edits the company after the officer opened the page.
    await database.prisma.company.update({ where: { id: companyId }, data: { headcount: 300 } });
    const edited = await loadCompany(companyId);

    await expect(
      verifyCompany({ db: database.prisma, actor: officer, companyId, decision: "verified", reason: "", seenUpdatedAt: seen.updatedAt }),
    ).rejects.toMatchObject({ code: "conflict", messageKey: "office.companyDecision.errors.stale" });

    expect(await loadCompany(companyId)).toEqual(edited);
    expect(await database.prisma.auditLog.count({ where: { entityId: companyId } })).toBe(0);
  });

  it("refuses a second identical decision", async () => {
    const { companyId } = await createCompany(database.prisma, "32.73", "PT Sudah", "verified");
    const company = await loadCompany(companyId);
    await expect(
      verifyCompany({ db: database.prisma, actor: officer, companyId, decision: "verified", reason: "", seenUpdatedAt: company.updatedAt }),
    ).rejects.toMatchObject({ code: "invalid_state" });
  });

  it("rolls the status back when the audit row cannot be written", async () => {
    const { companyId } = await createCompany(database.prisma, "32.73", "PT Gagal Audit");
    const before = await loadCompany(companyId);
    // No such user, so the AuditLog foreign key fails after the company row was updated.
    const ghost: CityOfficerActor = { ...officer, userId: "no-such-user" };

    await expect(
      verifyCompany({ db: database.prisma, actor: ghost, companyId, decision: "rejected", reason: "Alasan", seenUpdatedAt: before.updatedAt }),
    ).rejects.toThrow();

    expect(await loadCompany(companyId)).toEqual(before);
  });
});
