import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "../auth/password";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { createStaffUser } from "./create-staff-user";
import { insertReferenceRows } from "./testing/city-fixtures";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertReferenceRows(database.prisma);
});

afterAll(async () => {
  await database?.drop();
});

describe("createStaffUser", () => {
  it("creates an officer with a hashed password", async () => {
    const user = await createStaffUser({
      db: database.prisma,
      input: { role: "city_officer", email: "dewi@dinas.test", name: "Dewi Lestari", cityCode: "32.73", password: "kata sandi panjang" },
    });
    expect(user).toMatchObject({ email: "dewi@dinas.test", role: "city_officer", cityCode: "32.73" });

    const stored = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).not.toContain("kata sandi");
    expect(await verifyPassword(stored.passwordHash, "kata sandi panjang")).toBe(true);
  });

  it("creates an admin without a city", async () => {
    const user = await createStaffUser({
      db: database.prisma,
      input: { role: "admin", email: "admin@dinas.test", name: "Admin Dinas", password: "kata sandi panjang" },
    });
    expect(user.cityCode).toBeNull();
  });

  it("rejects an unknown city code", async () => {
    await expect(
      createStaffUser({
        db: database.prisma,
        input: { role: "city_officer", email: "x@dinas.test", name: "X", cityCode: "99.99", password: "kata sandi panjang" },
      }),
    ).rejects.toMatchObject({ code: "not_found", message: expect.stringContaining("City code 99.99 not found") });
    expect(await database.prisma.user.count({ where: { email: "x@dinas.test" } })).toBe(0);
  });

  it("rejects a taken email", async () => {
    await expect(
      createStaffUser({
        db: database.prisma,
        input: { role: "city_officer", email: "dewi@dinas.test", name: "Dewi Dua", cityCode: "35.78", password: "kata sandi panjang" },
      }),
    ).rejects.toMatchObject({ code: "conflict", message: "Email dewi@dinas.test is already registered. Use another address." });
  });
});
