import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { insertPlacesAndOccupations, insertUser } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { getSeekerProfile } from "./get-seeker-profile";
import { profileStepStates } from "./profile-steps";
import { saveAboutStep } from "./save-about-step";
import { saveAccommodationsStep } from "./save-accommodations-step";
import { saveDisabilityStep } from "./save-disability-step";
import { saveDisclosureStep } from "./save-disclosure-step";
import { saveFunctioningStep } from "./save-functioning-step";
import { saveSkillsStep } from "./save-skills-step";

let database: TestDatabase;
const now = new Date("2026-12-04T03:00:00Z");

const about = {
  fullName: "Sari Wulandari",
  cityCode: "32.73",
  education: "senior_secondary" as const,
  experienceYears: 2,
  workModes: ["onsite" as const],
  hoursTypes: [],
  placeScope: "province" as const,
  summary: "",
};

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  await insertPlacesAndOccupations(db);
  await db.functioningDomain.createMany({
    data: ["seeing", "walking"].map((id, index) => ({
      id,
      position: index + 1,
      questionEn: id,
      statementId: id,
      labelId: id,
      labelEn: id,
    })),
  });
  await db.accommodation.createMany({
    data: ["screen_reader", "step_free_access"].map((id, index) => ({
      id,
      kind: "accommodation" as const,
      labelId: id,
      labelEn: id,
      descriptionId: "",
      descriptionEn: "",
      position: index,
    })),
  });
  await db.skill.createMany({
    data: ["typing", "sewing"].map((id) => ({ id, escoLabel: id, labelId: id, labelEn: id, category: "office" })),
  });
});

afterAll(async () => {
  await database.drop();
});

async function newSeeker() {
  const db = database.prisma;
  const user = await insertUser(db, { role: "seeker", name: "Sari" });
  const actor = { role: "seeker" as const, userId: user.id, name: user.name, seekerId: null as string | null };
  actor.seekerId = await saveAboutStep({ db, actor, input: about });
  return actor;
}

describe("saveAboutStep", () => {
  it("creates the profile once and updates it after", async () => {
    const db = database.prisma;
    const actor = await newSeeker();
    const again = await saveAboutStep({ db, actor, input: { ...about, fullName: "Sari W." } });

    expect(again).toBe(actor.seekerId);
    expect(await db.seekerProfile.count({ where: { userId: actor.userId } })).toBe(1);
    const profile = await getSeekerProfile({ db, userId: actor.userId });
    expect(profile).toMatchObject({ fullName: "Sari W.", placeScope: "province", timeZone: "WIB" });
  });

  it("rejects an unknown city on its field", async () => {
    const actor = await newSeeker();
    await expect(saveAboutStep({ db: database.prisma, actor, input: { ...about, cityCode: "99.99" } })).rejects.toMatchObject({
      code: "invalid_input",
      field: "cityCode",
    });
  });
});

describe("saveSkillsStep and saveAccommodationsStep", () => {
  it("replace the previous rows", async () => {
    const db = database.prisma;
    const actor = await newSeeker();
    await saveSkillsStep({ db, actor, input: { skills: [{ skillId: "typing", level: 1 }] } });
    await saveSkillsStep({ db, actor, input: { skills: [{ skillId: "sewing", level: 3 }] } });
    await saveAccommodationsStep({ db, actor, input: { accommodationIds: ["screen_reader", "step_free_access"] } });
    await saveAccommodationsStep({ db, actor, input: { accommodationIds: ["step_free_access"] } });

    const profile = await getSeekerProfile({ db, userId: actor.userId });
    expect(profile!.skills).toEqual([{ skillId: "sewing", level: 3 }]);
    expect(profile!.accommodationIds).toEqual(["step_free_access"]);
  });

  it("keep the old rows when an id is unknown", async () => {
    const db = database.prisma;
    const actor = await newSeeker();
    await saveSkillsStep({ db, actor, input: { skills: [{ skillId: "typing", level: 2 }] } });

    await expect(
      saveSkillsStep({ db, actor, input: { skills: [{ skillId: "flying", level: 1 }] } }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await expect(saveAccommodationsStep({ db, actor, input: { accommodationIds: ["teleport"] } })).rejects.toMatchObject({
      code: "invalid_input",
    });
    expect((await getSeekerProfile({ db, userId: actor.userId }))!.skills).toEqual([{ skillId: "typing", level: 2 }]);
  });

  it("require a profile", async () => {
    const actor = { role: "seeker" as const, userId: "no-profile", name: "Budi", seekerId: null };
    await expect(saveSkillsStep({ db: database.prisma, actor, input: { skills: [] } })).rejects.toMatchObject({
      messageKey: "seeker.errors.profileMissing",
    });
  });
});

describe("sensitive steps", () => {
  it("reject disability types and functioning without consent", async () => {
    const db = database.prisma;
    const actor = await newSeeker();

    await expect(
      saveDisabilityStep({ db, actor, input: { disabilityTypes: ["physical"], consent: false }, now }),
    ).rejects.toMatchObject({ field: "consent", messageKey: "seeker.errors.consentRequired" });
    await expect(
      saveFunctioningStep({ db, actor, input: { answers: [{ domainId: "walking", level: "a_lot" }], consent: false }, now }),
    ).rejects.toMatchObject({ field: "consent" });

    const profile = await getSeekerProfile({ db, userId: actor.userId });
    expect(profile!.disabilityTypes).toEqual([]);
    expect(profile!.functioning).toEqual([]);
    expect(profile!.consentedAt).toBeNull();
  });

  it("accept empty answers without consent", async () => {
    const db = database.prisma;
    const actor = await newSeeker();
    await saveDisabilityStep({ db, actor, input: { disabilityTypes: [], consent: false }, now });
    await saveFunctioningStep({ db, actor, input: { answers: [], consent: false }, now });
    expect((await getSeekerProfile({ db, userId: actor.userId }))!.consentedAt).toBeNull();
  });

  it("record consent once with an audit entry", async () => {
    const db = database.prisma;
    const actor = await newSeeker();
    await saveDisabilityStep({ db, actor, input: { disabilityTypes: ["physical", "sensory_seeing"], consent: true }, now });
    const later = new Date("2026-12-05T03:00:00Z");
    await saveFunctioningStep({ db, actor, input: { answers: [{ domainId: "walking", level: "a_lot" }], consent: false }, now: later });

    const profile = await getSeekerProfile({ db, userId: actor.userId });
    expect(profile!.consentedAt).toEqual(now);
    expect(profile!.disabilityTypes).toEqual(["physical", "sensory_seeing"]);
    expect(profile!.functioning).toEqual([{ domainId: "walking", level: "a_lot" }]);
    const audit = await db.auditLog.findMany({ where: { entityId: actor.seekerId! }, select: { action: true, actorId: true } });
    expect(audit).toEqual([{ action: "seeker.consent_given", actorId: actor.userId }]);
  });

  it("delete sensitive data when consent is withdrawn", async () => {
    const db = database.prisma;
    const actor = await newSeeker();
    await saveDisabilityStep({ db, actor, input: { disabilityTypes: ["mental"], consent: true }, now });
    await saveFunctioningStep({ db, actor, input: { answers: [{ domainId: "seeing", level: "some" }], consent: false }, now });
    await saveAccommodationsStep({ db, actor, input: { accommodationIds: ["screen_reader"] } });

    const result = await saveDisclosureStep({
      db,
      actor,
      input: { showDisabilityTypes: true, showFunctioning: true, showAccommodationNeeds: false, consent: false },
      now,
    });

    expect(result.consent).toBe("withdrawn");
    const profile = await getSeekerProfile({ db, userId: actor.userId });
    expect(profile).toMatchObject({
      consentedAt: null,
      disabilityTypes: [],
      functioning: [],
      accommodationIds: ["screen_reader"],
      showDisabilityTypes: true,
      showFunctioning: true,
      showAccommodationNeeds: false,
    });
    const actions = await db.auditLog.findMany({ where: { entityId: actor.seekerId! }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["seeker.consent_given", "seeker.consent_withdrawn"]);
  });
});

describe("profileStepStates", () => {
  it("summarizes each step", async () => {
    const db = database.prisma;
    const actor = await newSeeker();
    await saveSkillsStep({ db, actor, input: { skills: [{ skillId: "typing", level: 2 }, { skillId: "sewing", level: 1 }] } });
    await saveFunctioningStep({ db, actor, input: { answers: [{ domainId: "seeing", level: "none" }], consent: true }, now });

    const states = profileStepStates(await getSeekerProfile({ db, userId: actor.userId }), 6);

    expect(states).toEqual([
      { step: "about", state: "completed" },
      { step: "skills", state: "count", count: 2, total: undefined },
      { step: "disability", state: "notAnswered" },
      { step: "functioning", state: "count", count: 1, total: 6 },
      { step: "accommodations", state: "notAnswered" },
      { step: "disclosure", state: "consentGiven", date: now },
    ]);
    expect(profileStepStates(null, 6).every((state) => state.state === "notStarted")).toBe(true);
  });
});
