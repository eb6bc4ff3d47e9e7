import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applicationsCloseAt } from "@/lib/applications/deadline";
import { rankVacanciesForSeeker } from "@/lib/recommendations/rank-vacancies-for-seeker";
import { seedDatabase } from "@/lib/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { getVacancyDetail } from "./get-vacancy-detail";

// Runs against the demo seed, so the checks hold for the data people see in a fresh install.
let database: TestDatabase;
const seededAt = new Date("2026-12-04T03:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase(database.prisma, { demo: true, now: seededAt });
}, 240_000);

afterAll(async () => {
  await database.drop();
});

async function demoSeekerId(): Promise<string> {
  const seeker = await database.prisma.seekerProfile.findFirstOrThrow({
    where: { user: { email: "seeker@demo.ijc.id" } },
    select: { id: true },
  });
  return seeker.id;
}

// The open vacancy with the earliest deadline, and the instant applications to it close.
async function earliestOpenVacancy() {
  const vacancy = await database.prisma.vacancy.findFirstOrThrow({
    where: { status: "open" },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    select: { id: true, deadline: true, city: { select: { province: { select: { timeZone: true } } } } },
  });
  return { id: vacancy.id, closesAt: applicationsCloseAt(vacancy.deadline, vacancy.city.province.timeZone) };
}

describe("getVacancyDetail", () => {
  it("accepts applications until the deadline day ends", async () => {
    const db = database.prisma;
    const { id, closesAt } = await earliestOpenVacancy();

    const lastSecond = await getVacancyDetail({ db, vacancyId: id, now: new Date(closesAt.getTime() - 1000) });
    const afterwards = await getVacancyDetail({ db, vacancyId: id, now: closesAt });

    expect(lastSecond).toMatchObject({ acceptsApplications: true, deadlinePassed: false });
    expect(afterwards).toMatchObject({ acceptsApplications: false, deadlinePassed: true });
  });

  it("shows a closed vacancy without accepting applications", async () => {
    const db = database.prisma;
    const closed = await db.vacancy.findFirstOrThrow({ where: { status: "closed" }, select: { id: true } });
    expect(await getVacancyDetail({ db, vacancyId: closed.id, now: seededAt })).toMatchObject({
      status: "closed",
      acceptsApplications: false,
    });
  });

  it("hides drafts", async () => {
    const db = database.prisma;
    const draft = await db.vacancy.findFirstOrThrow({ where: { status: "draft" }, select: { id: true } });
    expect(await getVacancyDetail({ db, vacancyId: draft.id, now: seededAt })).toBeNull();
  });
});

describe("demo ranking", () => {
  it("drops a vacancy once its deadline has passed", async () => {
    const db = database.prisma;
    const seekerId = await demoSeekerId();
    const { id, closesAt } = await earliestOpenVacancy();
    // The demo seeker may exclude this vacancy by preference, so widen the choices for this check.
    await db.seekerProfile.update({ where: { id: seekerId }, data: { workModes: [], hoursTypes: [], placeScope: "anywhere" } });

    const before = await rankVacanciesForSeeker({ db, seekerId, now: new Date(closesAt.getTime() - 1000), limit: 500 });
    const after = await rankVacanciesForSeeker({ db, seekerId, now: closesAt, limit: 500 });

    expect(before!.results.map((result) => result.vacancy.id)).toContain(id);
    expect(after!.results.map((result) => result.vacancy.id)).not.toContain(id);
  });

  it("never lists closed or draft vacancies", async () => {
    const db = database.prisma;
    const seekerId = await demoSeekerId();
    const hidden = await db.vacancy.findMany({ where: { status: { not: "open" } }, select: { id: true } });
    const ranking = await rankVacanciesForSeeker({ db, seekerId, now: seededAt, limit: 500 });

    const listed = new Set(ranking!.results.map((result) => result.vacancy.id));
    expect(hidden.length).toBeGreaterThan(0);
    for (const vacancy of hidden) expect(listed.has(vacancy.id)).toBe(false);
  });
});
