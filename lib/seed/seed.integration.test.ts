import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { verifyPassword } from "../auth/password";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDatabase, type SeedResult } from "./index";

// One schema for the whole file: the seed takes about a second, and the embedded database accepts
// a single connection, so the cases below build on each other in order.
let database: TestDatabase;
let referenceOnly: SeedResult;
let firstRun: SeedResult;
let secondRun: SeedResult;

const seedDay = new Date("2026-12-04T03:00:00Z");
const threeDaysLater = new Date("2026-12-07T03:00:00Z");

function written(result: SeedResult) {
  return result.results.reduce((sum, table) => sum + table.created + table.updated, 0);
}

beforeAll(async () => {
  database = await createTestDatabase();
  referenceOnly = await seedDatabase(database.prisma, { demo: false, now: seedDay });
  firstRun = await seedDatabase(database.prisma, { demo: true, now: seedDay });
  secondRun = await seedDatabase(database.prisma, { demo: true, now: seedDay });
});

afterAll(async () => {
  await database?.drop();
});

describe("seedDatabase", () => {
  it("loads reference data without demo rows", () => {
    expect(referenceOnly.counts).toMatchObject({
      Province: 38,
      City: 514,
      Occupation: 629,
      FunctioningDomain: 6,
      User: 0,
      Vacancy: 0,
    });
    expect(referenceOnly.counts.Skill).toBeGreaterThanOrEqual(250);
    expect(referenceOnly.counts.Accommodation).toBeGreaterThanOrEqual(30);
  });

  it("adds the demo data on top", () => {
    expect(firstRun.counts).toMatchObject({ Company: 10, Vacancy: 60, SeekerProfile: 30 });
    expect(firstRun.counts.Application).toBeGreaterThan(0);
  });

  it("writes nothing on a second run", () => {
    expect(secondRun.counts).toEqual(firstRun.counts);
    expect(written(secondRun)).toBe(0);
  });

  it("moves deadlines on a later day without new rows", async () => {
    const vacancyId = (await database.prisma.vacancy.findFirstOrThrow({ where: { status: "open" } })).id;
    const before = await database.prisma.vacancy.findUniqueOrThrow({ where: { id: vacancyId } });

    const later = await seedDatabase(database.prisma, { demo: true, now: threeDaysLater });
    const after = await database.prisma.vacancy.findUniqueOrThrow({ where: { id: vacancyId } });

    expect(later.counts).toEqual(firstRun.counts);
    expect(after.deadline.getTime() - before.deadline.getTime()).toBe(3 * 24 * 60 * 60 * 1000);
  });

  it("creates the demo logins with the demo password", async () => {
    for (const login of DEMO_LOGINS) {
      const user = await database.prisma.user.findUniqueOrThrow({
        where: { email: login.email },
        select: { role: true, cityCode: true, passwordHash: true },
      });
      expect(user.role).toBe(login.role);
      expect(user.cityCode).toBe(login.role === "city_officer" ? login.cityCode : null);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("gives the demo employer vacancies with applicants", async () => {
    const member = await database.prisma.companyMember.findFirstOrThrow({
      where: { user: { email: "employer@demo.ijc.id" } },
      include: { company: true },
    });
    expect(member.company.verificationStatus).toBe("verified");
    expect(member.company.cityCode).toBe("32.73");
    const applications = await database.prisma.application.count({ where: { vacancy: { companyId: member.companyId } } });
    expect(applications).toBeGreaterThan(0);
  });

  it("fills the demo seeker's profile", async () => {
    const profile = await database.prisma.seekerProfile.findFirstOrThrow({
      where: { user: { email: "seeker@demo.ijc.id" } },
      include: { skills: true, functioning: true, accommodationNeeds: true, applications: true },
    });
    expect(profile.cityCode).toBe("32.73");
    expect(profile.consentedAt).not.toBeNull();
    expect(profile.functioning).toHaveLength(6);
    expect(profile.skills.length).toBeGreaterThan(0);
    expect(profile.accommodationNeeds.length).toBeGreaterThan(0);
    expect(profile.applications.length).toBeGreaterThan(0);
  });

  it("records two hires per demo city with full history", async () => {
    const hired = await database.prisma.application.findMany({
      where: { status: "hired" },
      include: {
        vacancy: { include: { company: { include: { members: true } } } },
        history: { orderBy: { changedAt: "asc" } },
      },
    });
    for (const cityCode of ["32.73", "35.78", "73.71", "34.71"]) {
      expect(hired.filter((application) => application.vacancy.cityCode === cityCode).length).toBeGreaterThanOrEqual(2);
    }

    for (const application of hired) {
      expect(application.history.map((change) => change.toStatus)).toEqual([
        "submitted",
        "reviewing",
        "interview",
        "offered",
        "hired",
      ]);
      const employerIds = application.vacancy.company.members.map((member) => member.userId);
      for (const change of application.history.slice(1)) expect(employerIds).toContain(change.changedById);
    }
  });
});
