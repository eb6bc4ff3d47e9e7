import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db/create-client";
import { createEmployerReference } from "@/lib/employers/testing/fixtures";
import { insertApplication, insertEmployerWithCompany, insertSeeker, insertVacancy } from "@/tests/helpers/fixtures";
import { createTestDatabase, testPoolSize, type TestDatabase } from "@/tests/helpers/test-database";

import { changeApplicationStatus } from "./change-application-status";

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

async function setUpApplication() {
  const employer = await insertEmployerWithCompany(db);
  const vacancy = await insertVacancy(db, { companyId: employer.companyId });
  const seeker = await insertSeeker(db);
  const application = await insertApplication(db, { seeker, vacancyId: vacancy.id });
  return { employer, applicationId: application.id };
}

async function statusOf(applicationId: string) {
  return (await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).status;
}

describe("changeApplicationStatus", () => {
  it("moves an application to hired and records each step", async () => {
    const { employer, applicationId } = await setUpApplication();

    for (const toStatus of ["reviewing", "interview", "offered", "hired"] as const) {
      await changeApplicationStatus({ db, actor: employer, applicationId, toStatus, note: `ke ${toStatus}` });
    }

    expect(await statusOf(applicationId)).toBe("hired");
    const history = await db.applicationStatusChange.findMany({
      where: { applicationId, changedById: employer.userId },
      orderBy: { changedAt: "asc" },
    });
    expect(history.map((row) => [row.fromStatus, row.toStatus, row.note])).toEqual([
      ["submitted", "reviewing", "ke reviewing"],
      ["reviewing", "interview", "ke interview"],
      ["interview", "offered", "ke offered"],
      ["offered", "hired", "ke hired"],
    ]);
    expect(await db.applicationStatusChange.count({ where: { applicationId } })).toBe(5);
  });

  it("rejects a transition that skips a step and changes nothing", async () => {
    const { employer, applicationId } = await setUpApplication();

    await expect(changeApplicationStatus({ db, actor: employer, applicationId, toStatus: "hired" })).rejects.toMatchObject({
      code: "invalid_state",
      messageKey: "applications.errors.transitionNotAllowed",
    });
    expect(await statusOf(applicationId)).toBe("submitted");
    expect(await db.applicationStatusChange.count({ where: { applicationId } })).toBe(1);
  });

  it("rejects any change after a final status", async () => {
    const { employer, applicationId } = await setUpApplication();
    await changeApplicationStatus({ db, actor: employer, applicationId, toStatus: "rejected" });
    await expect(changeApplicationStatus({ db, actor: employer, applicationId, toStatus: "reviewing" })).rejects.toMatchObject({
      code: "invalid_state",
    });
  });

  it("reads another company's application as not found and leaves it unchanged", async () => {
    const { applicationId } = await setUpApplication();
    const otherEmployer = await insertEmployerWithCompany(db);

    await expect(
      changeApplicationStatus({ db, actor: otherEmployer, applicationId, toStatus: "reviewing" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await statusOf(applicationId)).toBe("submitted");
    expect(await db.applicationStatusChange.count({ where: { applicationId } })).toBe(1);
  });

  it("rejects a change based on a status that is no longer current", async () => {
    const { employer, applicationId } = await setUpApplication();
    await changeApplicationStatus({ db, actor: employer, applicationId, toStatus: "reviewing" });

    await expect(
      changeApplicationStatus({ db, actor: employer, applicationId, fromStatus: "submitted", toStatus: "rejected" }),
    ).rejects.toMatchObject({ code: "conflict", messageKey: "applications.errors.statusChangedMeanwhile" });
    expect(await statusOf(applicationId)).toBe("reviewing");
  });

  it("applies exactly one of two concurrent changes", async () => {
    const { employer, applicationId } = await setUpApplication();

    const results = await Promise.allSettled([
      changeApplicationStatus({ db, actor: employer, applicationId, fromStatus: "submitted", toStatus: "reviewing" }),
      changeApplicationStatus({ db, actor: employer, applicationId, fromStatus: "submitted", toStatus: "rejected" }),
    ]);

    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await db.applicationStatusChange.count({ where: { applicationId, changedById: employer.userId } })).toBe(1);
  });

  // Reading before either transaction writes forces both past the first check, so only the
  // compare-and-set update decides. It needs two connections, which the embedded server lacks.
  it.skipIf(testPoolSize() < 2)("lets the compare-and-set decide when both read the old status", async () => {
    const { employer, applicationId } = await setUpApplication();

    let readers = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const barrierDb = db.$extends({
      query: {
        application: {
          async findFirst({ args, query }) {
            const result = await query(args);
            readers += 1;
            if (readers === 2) release();
            await bothRead;
            return result;
          },
        },
      },
    }) as unknown as Database;

    const results = await Promise.allSettled([
      changeApplicationStatus({ db: barrierDb, actor: employer, applicationId, toStatus: "reviewing" }),
      changeApplicationStatus({ db: barrierDb, actor: employer, applicationId, toStatus: "rejected" }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "conflict", messageKey: "applications.errors.statusChangedMeanwhile" });
    expect(await db.applicationStatusChange.count({ where: { applicationId, changedById: employer.userId } })).toBe(1);
  });
});
