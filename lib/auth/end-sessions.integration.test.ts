import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { insertUser } from "../../tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { endSessions } from "./end-sessions";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe("endSessions", () => {
  it("counts the session version up", async () => {
    const user = await insertUser(database.prisma, { role: "seeker" });
    const before = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });

    await endSessions({ db: database.prisma, userId: user.id });
    await endSessions({ db: database.prisma, userId: user.id });

    const after = await database.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(before.sessionVersion).toBe(0);
    expect(after.sessionVersion).toBe(2);
  });

  it("leaves other users alone", async () => {
    const signingOut = await insertUser(database.prisma, { role: "seeker" });
    const other = await insertUser(database.prisma, { role: "seeker" });

    await endSessions({ db: database.prisma, userId: signingOut.id });

    const untouched = await database.prisma.user.findUniqueOrThrow({ where: { id: other.id }, select: { sessionVersion: true } });
    expect(untouched.sessionVersion).toBe(0);
  });
});
