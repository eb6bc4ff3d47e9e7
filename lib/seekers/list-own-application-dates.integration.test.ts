import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "@/lib/db/create-client";
import { insertApplication, insertCompany, insertPlacesAndOccupations, insertSeeker, insertVacancy } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { listOwnApplicationDates } from "./list-own-application-dates";

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.prisma;
  await insertPlacesAndOccupations(db);
});

afterAll(async () => {
  await testDb?.drop();
});

describe("listOwnApplicationDates", () => {
  it("returns the seeker's own application dates for the listed vacancies in one query", async () => {
    const { id: companyId } = await insertCompany(db);
    const [applied, notApplied, notListed] = await Promise.all([
      insertVacancy(db, { companyId }),
      insertVacancy(db, { companyId }),
      insertVacancy(db, { companyId }),
    ]);
    const seeker = await insertSeeker(db);
    const other = await insertSeeker(db);
    const { id: applicationId } = await insertApplication(db, { seeker, vacancyId: applied.id });
    await insertApplication(db, { seeker, vacancyId: notListed.id });
    await insertApplication(db, { seeker: other, vacancyId: notApplied.id });
    const appliedAt = new Date("2026-12-04T21:18:00Z");
    await db.application.update({ where: { id: applicationId }, data: { createdAt: appliedAt } });

    const findMany = vi.spyOn(db.application, "findMany");
    const dates = await listOwnApplicationDates({ db, seekerId: seeker.seekerId, vacancyIds: [applied.id, notApplied.id] });

    expect(findMany).toHaveBeenCalledTimes(1);
    expect([...dates.entries()]).toEqual([[applied.id, appliedAt]]);
    findMany.mockRestore();
  });

  it("queries nothing for an empty list", async () => {
    const { seekerId } = await insertSeeker(db);
    const findMany = vi.spyOn(db.application, "findMany");

    expect((await listOwnApplicationDates({ db, seekerId, vacancyIds: [] })).size).toBe(0);
    expect(findMany).not.toHaveBeenCalled();
    findMany.mockRestore();
  });
});
