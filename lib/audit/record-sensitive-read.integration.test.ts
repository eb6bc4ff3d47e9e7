import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { recordSensitiveRead } from "./record-sensitive-read";

let database: TestDatabase;
let officerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const officer = await database.prisma.user.create({
    data: { email: "officer@audit.test", name: "Petugas Audit", role: "city_officer", passwordHash: "x" },
  });
  officerId = officer.id;
});

afterAll(async () => {
  await database?.drop();
});

describe("recordSensitiveRead", () => {
  it("appends one row naming the fields read", async () => {
    await recordSensitiveRead({
      db: database.prisma,
      actorId: officerId,
      seekerId: "seeker-1",
      cityCode: "32.73",
      fields: ["disabilityTypes", "functioning"],
      purpose: "uld_assistance",
    });

    const rows = await database.prisma.auditLog.findMany({ where: { entityId: "seeker-1" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: officerId,
      action: "seeker.sensitive.read",
      entityType: "SeekerProfile",
      cityCode: "32.73",
      metadata: { fields: ["disabilityTypes", "functioning"], purpose: "uld_assistance" },
    });
    expect(rows[0]?.createdAt).toBeInstanceOf(Date);
  });

  it("fails for an unknown actor instead of writing an anonymous row", async () => {
    await expect(
      recordSensitiveRead({
        db: database.prisma,
        actorId: "no-such-user",
        seekerId: "seeker-2",
        cityCode: "32.73",
        fields: ["accommodationNeeds"],
        purpose: "uld_assistance",
      }),
    ).rejects.toThrow();
    expect(await database.prisma.auditLog.count({ where: { entityId: "seeker-2" } })).toBe(0);
  });
});
