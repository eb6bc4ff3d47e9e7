import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { insertCompany, insertPlacesAndOccupations, insertSeeker, insertVacancy } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { AlreadyAppliedError, submitApplication } from "./submit-application";

let database: TestDatabase;
let companyId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertPlacesAndOccupations(database.prisma);
  companyId = (await insertCompany(database.prisma)).id;
});

afterAll(async () => {
  await database.drop();
});

const beforeDeadline = new Date("2026-12-03T09:00:00+07:00");

describe("submitApplication", () => {
  it("creates the application and its first status change", async () => {
    const db = database.prisma;
    const { actor, seekerId, userId } = await insertSeeker(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId });

    const result = await submitApplication({ db, actor, vacancyId, coverLetter: "Saya teliti.", now: beforeDeadline });

    const application = await db.application.findUniqueOrThrow({
      where: { id: result.applicationId },
      select: { seekerId: true, status: true, coverLetter: true, history: true },
    });
    expect(application.seekerId).toBe(seekerId);
    expect(application.status).toBe("submitted");
    expect(application.coverLetter).toBe("Saya teliti.");
    expect(application.history).toHaveLength(1);
    expect(application.history[0]).toMatchObject({ fromStatus: null, toStatus: "submitted", changedById: userId });
  });

  it("keeps one row when two submits race", async () => {
    const db = database.prisma;
    const { actor, seekerId } = await insertSeeker(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId });

    const outcomes = await Promise.allSettled([
      submitApplication({ db, actor, vacancyId, coverLetter: "", now: beforeDeadline }),
      submitApplication({ db, actor, vacancyId, coverLetter: "", now: beforeDeadline }),
    ]);

    const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const error = (rejected[0] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(AlreadyAppliedError);
    expect((error as AlreadyAppliedError).code).toBe("conflict");
    expect((error as AlreadyAppliedError).appliedAt).toEqual(beforeDeadline);

    expect(await db.application.count({ where: { seekerId, vacancyId } })).toBe(1);
    expect(await db.applicationStatusChange.count({ where: { application: { seekerId, vacancyId } } })).toBe(1);
  });

  it("rejects a repeated submit with the first date", async () => {
    const db = database.prisma;
    const { actor } = await insertSeeker(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId });
    await submitApplication({ db, actor, vacancyId, coverLetter: "", now: beforeDeadline });

    const later = new Date("2026-12-05T10:00:00+07:00");
    const error = await submitApplication({ db, actor, vacancyId, coverLetter: "", now: later }).catch((caught) => caught);
    expect(error).toBeInstanceOf(AlreadyAppliedError);
    expect((error as AlreadyAppliedError).appliedAt).toEqual(beforeDeadline);
  });

  it("rejects after the deadline day in the city's zone", async () => {
    const db = database.prisma;
    const { actor, seekerId } = await insertSeeker(db);
    // Makassar is WITA (UTC+8): 31 December ends at 16:00 UTC.
    const { id: vacancyId } = await insertVacancy(db, {
      companyId,
      cityCode: "73.71",
      deadline: new Date("2026-12-31T00:00:00Z"),
    });

    const error = await submitApplication({
      db,
      actor,
      vacancyId,
      coverLetter: "",
      now: new Date("2027-01-01T00:00:00+08:00"),
    }).catch((caught) => caught);
    expect(error).toMatchObject({ code: "deadline_passed", messageKey: "seeker.apply.errors.deadlinePassed" });
    expect(await db.application.count({ where: { seekerId } })).toBe(0);

    const accepted = await submitApplication({
      db,
      actor,
      vacancyId,
      coverLetter: "",
      now: new Date("2026-12-31T23:59:59+08:00"),
    });
    expect(accepted.applicationId).toBeTruthy();
  });

  it("rejects a closed vacancy", async () => {
    const db = database.prisma;
    const { actor, seekerId } = await insertSeeker(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId, status: "closed" });

    const error = await submitApplication({ db, actor, vacancyId, coverLetter: "", now: beforeDeadline }).catch((caught) => caught);
    expect(error).toMatchObject({ code: "invalid_state", messageKey: "seeker.apply.errors.vacancyClosed" });
    expect(await db.application.count({ where: { seekerId } })).toBe(0);
  });

  it("treats a draft or unknown vacancy as not found", async () => {
    const db = database.prisma;
    const { actor } = await insertSeeker(db);
    const { id: draftId } = await insertVacancy(db, { companyId, status: "draft" });

    for (const vacancyId of [draftId, "no-such-vacancy"]) {
      const error = await submitApplication({ db, actor, vacancyId, coverLetter: "", now: beforeDeadline }).catch((caught) => caught);
      expect(error).toMatchObject({ code: "not_found" });
    }
  });

  it("requires a seeker profile", async () => {
    const db = database.prisma;
    const { id: vacancyId } = await insertVacancy(db, { companyId });
    const actor = { role: "seeker" as const, userId: "user-without-profile", name: "Budi", seekerId: null };

    const error = await submitApplication({ db, actor, vacancyId, coverLetter: "", now: beforeDeadline }).catch((caught) => caught);
    expect(error).toMatchObject({ code: "invalid_state", messageKey: "seeker.apply.errors.profileMissing" });
  });
});
