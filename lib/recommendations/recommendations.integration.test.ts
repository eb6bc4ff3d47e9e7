import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { submitApplication } from "@/lib/applications/submit-application";
import { insertCompany, insertPlacesAndOccupations, insertSeeker, insertVacancy } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { loadExplanationLabels, explanationsOf } from "./load-explanation-labels";
import { rankVacanciesForSeeker } from "./rank-vacancies-for-seeker";
import { scoreApplicants } from "./score-applicants";
import { scoreVacancyForSeeker } from "./score-vacancy-for-seeker";

let database: TestDatabase;
let companyId: string;

// 10:00 WIB on 31 December 2026, which is 12:00 WIT: still the deadline day in every zone.
const now = new Date("2026-12-31T03:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  await insertPlacesAndOccupations(db);
  await db.functioningDomain.createMany({
    data: ["seeing", "hearing", "walking", "remembering", "self_care", "communicating"].map((id, index) => ({
      id,
      position: index + 1,
      questionEn: `Do you have difficulty ${id}?`,
      statementId: `Kesulitan ${id}`,
      labelId: `Label ${id}`,
      labelEn: `Label ${id}`,
    })),
  });
  await db.accommodation.createMany({
    data: [
      { id: "screen_reader", kind: "accommodation", labelId: "Pembaca layar", labelEn: "Screen reader", descriptionId: "", descriptionEn: "", position: 1 },
      { id: "step_free_access", kind: "access_feature", labelId: "Akses tanpa tangga", labelEn: "Step-free access", descriptionId: "", descriptionEn: "", position: 1 },
    ],
  });
  await db.accommodationDomain.createMany({
    data: [
      { accommodationId: "screen_reader", domainId: "seeing" },
      { accommodationId: "step_free_access", domainId: "walking" },
    ],
  });
  await db.skill.createMany({
    data: [
      { id: "spreadsheets", escoLabel: "use spreadsheets software", labelId: "Memakai lembar kerja", labelEn: "Use spreadsheets", category: "digital" },
      { id: "typing", escoLabel: "type", labelId: "Mengetik", labelEn: "Typing", category: "office" },
    ],
  });
  companyId = (await insertCompany(db)).id;
});

afterAll(async () => {
  await database.drop();
});

describe("rankVacanciesForSeeker", () => {
  it("keeps only open, in-scope vacancies before their deadline", async () => {
    const db = database.prisma;
    const { seekerId } = await insertSeeker(db, { cityCode: "32.73", placeScope: "province", workModes: ["onsite", "remote"] });
    const keep = [
      await insertVacancy(db, { companyId, title: "Same city" }),
      await insertVacancy(db, { companyId, title: "Same province", cityCode: "32.04" }),
      await insertVacancy(db, { companyId, title: "Remote in Papua", cityCode: "94.71", workMode: "remote" }),
      await insertVacancy(db, { companyId, title: "Deadline today", deadline: new Date("2026-12-31T00:00:00Z") }),
    ];
    const drop = [
      await insertVacancy(db, { companyId, title: "Other province", cityCode: "35.78" }),
      await insertVacancy(db, { companyId, title: "Hybrid", workMode: "hybrid" }),
      await insertVacancy(db, { companyId, title: "Closed", status: "closed" }),
      await insertVacancy(db, { companyId, title: "Draft", status: "draft" }),
      await insertVacancy(db, { companyId, title: "Deadline yesterday", deadline: new Date("2026-12-30T00:00:00Z") }),
    ];

    const ranking = await rankVacanciesForSeeker({ db, seekerId, now });

    const ids = new Set(ranking!.results.map((result) => result.vacancy.id));
    for (const vacancy of keep) expect(ids.has(vacancy.id)).toBe(true);
    for (const vacancy of drop) expect(ids.has(vacancy.id)).toBe(false);
  });

  it("closes a deadline by the city's own zone", async () => {
    const db = database.prisma;
    const { seekerId } = await insertSeeker(db, { placeScope: "anywhere" });
    const jayapura = await insertVacancy(db, { companyId, title: "Jayapura", cityCode: "94.71", deadline: new Date("2026-12-31T00:00:00Z") });
    const bandung = await insertVacancy(db, { companyId, title: "Bandung", cityCode: "32.73", deadline: new Date("2026-12-31T00:00:00Z") });

    // 15:30 UTC is 22:30 WIB but 00:30 WIT on 1 January.
    const ranking = await rankVacanciesForSeeker({ db, seekerId, now: new Date("2026-12-31T15:30:00Z") });

    const ids = ranking!.results.map((result) => result.vacancy.id);
    expect(ids).toContain(bandung.id);
    expect(ids).not.toContain(jayapura.id);
    // The card carries the zone in which the seeker's own application date is shown.
    expect(ranking!.results.find((result) => result.vacancy.id === bandung.id)?.vacancy.city.province.timeZone).toBe("WIB");
  });

  it("orders by score with parts adding up", async () => {
    const db = database.prisma;
    const { seekerId } = await insertSeeker(db, { placeScope: "anywhere", education: "bachelor" });
    await db.seekerSkill.create({ data: { seekerId, skillId: "spreadsheets", level: 3 } });
    const strong = await insertVacancy(db, {
      companyId,
      title: "Spreadsheet work",
      deadline: new Date("2027-01-31T00:00:00Z"),
      skills: { create: [{ skillId: "spreadsheets", required: true, minLevel: 2 }] },
    });
    const weak = await insertVacancy(db, {
      companyId,
      title: "Typing work",
      deadline: new Date("2027-01-31T00:00:00Z"),
      skills: { create: [{ skillId: "typing", required: true, minLevel: 2 }] },
    });

    const ranking = await rankVacanciesForSeeker({ db, seekerId, now, limit: 500 });
    const results = ranking!.results;
    const position = (id: string) => results.findIndex((result) => result.vacancy.id === id);
    expect(position(strong.id)).toBeLessThan(position(weak.id));

    for (const { match } of results) {
      const sum = match.parts.reduce((total, part) => total + part.points * 10, 0) / 10;
      expect(sum).toBeCloseTo(match.score, 5);
    }
    const card = results[position(strong.id)].vacancy;
    expect(card).toMatchObject({ title: "Spreadsheet work", company: { name: "PT Contoh Inklusif" }, city: { name: "Kota Bandung" } });
  });

  it("respects the limit and returns null without a profile", async () => {
    const db = database.prisma;
    const { seekerId } = await insertSeeker(db, { placeScope: "anywhere" });
    const ranking = await rankVacanciesForSeeker({ db, seekerId, now, limit: 2 });
    expect(ranking!.results).toHaveLength(2);
    expect(await rankVacanciesForSeeker({ db, seekerId: "missing", now })).toBeNull();
  });
});

describe("scoreVacancyForSeeker", () => {
  it("explains an excluded vacancy", async () => {
    const db = database.prisma;
    const { seekerId } = await insertSeeker(db, { placeScope: "city" });
    const { id: vacancyId } = await insertVacancy(db, { companyId, cityCode: "35.78" });

    const result = await scoreVacancyForSeeker({ db, seekerId, vacancyId });

    expect(result!.exclusions.map((exclusion) => exclusion.key)).toEqual(["matching.exclusion.placeOutsideScope"]);
    expect(result!.match.score).toBeGreaterThan(0);
  });

  it("returns null for a draft", async () => {
    const db = database.prisma;
    const { seekerId } = await insertSeeker(db);
    const { id: vacancyId } = await insertVacancy(db, { companyId, status: "draft" });
    expect(await scoreVacancyForSeeker({ db, seekerId, vacancyId })).toBeNull();
  });
});

describe("scoreApplicants", () => {
  it("applies disclosure choices only in the employer view", async () => {
    const db = database.prisma;
    const { id: vacancyId } = await insertVacancy(db, {
      companyId,
      functions: { create: [{ position: 1, description: "Membaca dokumen", demands: { create: [{ domainId: "seeing", level: "high" }] } }] },
    });
    const hidden = await insertSeeker(db, { showFunctioning: false, consentedAt: now });
    await db.seekerFunctioning.create({ data: { seekerId: hidden.seekerId, domainId: "seeing", level: "a_lot" } });
    await db.seekerAccommodationNeed.create({ data: { seekerId: hidden.seekerId, accommodationId: "screen_reader" } });
    await submitApplication({ db, actor: hidden.actor, vacancyId, coverLetter: "", now });

    const employer = await scoreApplicants({ db, vacancyId, view: "employer" });
    const officer = await scoreApplicants({ db, vacancyId, view: "officer" });

    const employerMatch = employer[0].match;
    const officerMatch = officer[0].match;
    // Hidden functioning is unknown to the employer, so the demand is no gap there.
    expect(employerMatch.parts.find((part) => part.part === "functionalFit")!.points).toBe(20);
    expect(officerMatch.parts.find((part) => part.part === "functionalFit")!.points).toBe(0);
    expect(officerMatch.gaps.map((gap) => gap.key)).toContain("matching.gap.accommodationToDiscuss");
    expect(employerMatch.gaps.map((gap) => gap.key)).not.toContain("matching.gap.accommodationToDiscuss");
  });

  it("scores applicants of a closed vacancy outside their preferences", async () => {
    const db = database.prisma;
    const { id: vacancyId } = await insertVacancy(db, { companyId, cityCode: "73.71" });
    const applicant = await insertSeeker(db, { placeScope: "anywhere" });
    await submitApplication({ db, actor: applicant.actor, vacancyId, coverLetter: "", now });
    await db.seekerProfile.update({ where: { id: applicant.seekerId }, data: { placeScope: "city" } });
    await db.vacancy.update({ where: { id: vacancyId }, data: { status: "closed" } });

    const scores = await scoreApplicants({ db, vacancyId, view: "officer" });
    expect(scores).toHaveLength(1);
    expect(scores[0].seekerId).toBe(applicant.seekerId);
  });

  it("rejects an unknown vacancy", async () => {
    await expect(scoreApplicants({ db: database.prisma, vacancyId: "missing", view: "officer" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("loadExplanationLabels", () => {
  it("names skills, places and functions in the locale", async () => {
    const db = database.prisma;
    const { seekerId } = await insertSeeker(db, { placeScope: "anywhere" });
    const { id: vacancyId } = await insertVacancy(db, {
      companyId,
      cityCode: "32.04",
      skills: { create: [{ skillId: "typing", required: false, minLevel: 1 }] },
    });
    const result = await scoreVacancyForSeeker({ db, seekerId, vacancyId });

    const labels = await loadExplanationLabels({ db, locale: "en", explanations: explanationsOf(result!.match) });

    expect(labels.skills.typing).toBe("Typing");
    expect(labels.places["32.04"]).toBe("Kabupaten Bandung");
    expect(labels.places["32"]).toBe("Jawa Barat");
    expect(labels.domains.seeing).toBe("Label seeing");
  });
});
