import { randomBytes } from "node:crypto";

import type { CityOfficerActor } from "../../auth/actor";
import type { Database } from "../../db/create-client";
import type { ApplicationStatus, VacancyStatus, VerificationStatus } from "../../generated/prisma/enums";

// Rows that integration tests of the city office build directly with the test client. Each
// helper inserts the minimum its caller needs; reference rows come from insertReferenceRows.

// NIB is unique and 13 digits; each test file has its own schema, so a counter suffices.
let nibCounter = 0;

function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

// Two Java cities in WIB and one Sulawesi city in WITA, one occupation, one skill, one
// functioning domain and one accommodation.
export async function insertReferenceRows(db: Database): Promise<void> {
  await db.province.createMany({
    data: [
      { code: "32", name: "Jawa Barat", timeZone: "WIB" },
      { code: "35", name: "Jawa Timur", timeZone: "WIB" },
      { code: "73", name: "Sulawesi Selatan", timeZone: "WITA" },
    ],
  });
  await db.city.createMany({
    data: [
      { code: "32.73", provinceCode: "32", type: "kota", name: "Kota Bandung", nameWithoutType: "Bandung" },
      { code: "35.78", provinceCode: "35", type: "kota", name: "Kota Surabaya", nameWithoutType: "Surabaya" },
      { code: "73.71", provinceCode: "73", type: "kota", name: "Kota Makassar", nameWithoutType: "Makassar" },
    ],
  });
  await db.occupation.create({
    data: { code: "4110", level: 4, titleId: "Juru tulis kantor umum", titleEn: "General office clerks", iscoCode: "4110" },
  });
  await db.skill.create({
    data: { id: "skill-data-entry", escoLabel: "data entry", labelId: "Entri data", labelEn: "Data entry", category: "digital" },
  });
  await db.functioningDomain.create({
    data: { id: "seeing", position: 1, questionEn: "Do you have difficulty seeing?", statementId: "Melihat", labelId: "Melihat", labelEn: "Seeing" },
  });
  await db.accommodation.create({
    data: {
      id: "screen-reader",
      kind: "accommodation",
      labelId: "Pembaca layar",
      labelEn: "Screen reader",
      descriptionId: "Perangkat lunak pembaca layar",
      descriptionEn: "Screen reader software",
      position: 1,
    },
  });
}

export async function createOfficer(db: Database, cityCode: string): Promise<CityOfficerActor> {
  const user = await db.user.create({
    data: { email: `officer-${uniqueSuffix()}@test.ijc`, name: `Petugas ${cityCode}`, role: "city_officer", cityCode, passwordHash: "x" },
  });
  return { role: "city_officer", userId: user.id, name: user.name, cityCode };
}

// A seeker with sensitive data filled in, so a test can see whether it leaks.
export async function createSeeker(db: Database, cityCode: string, fullName: string): Promise<{ seekerId: string; userId: string }> {
  const user = await db.user.create({
    data: { email: `seeker-${uniqueSuffix()}@test.ijc`, name: fullName, role: "seeker", passwordHash: "x" },
  });
  const seeker = await db.seekerProfile.create({
    data: {
      userId: user.id,
      fullName,
      cityCode,
      education: "senior_secondary",
      disabilityTypes: ["sensory_seeing"],
      functioning: { create: [{ domainId: "seeing", level: "a_lot" }] },
      accommodationNeeds: { create: [{ accommodationId: "screen-reader" }] },
      skills: { create: [{ skillId: "skill-data-entry", level: 2 }] },
    },
  });
  return { seekerId: seeker.id, userId: user.id };
}

export async function createCompany(
  db: Database,
  cityCode: string,
  name: string,
  verificationStatus: VerificationStatus = "pending",
): Promise<{ companyId: string; employerUserId: string }> {
  const employer = await db.user.create({
    data: { email: `employer-${uniqueSuffix()}@test.ijc`, name: `HR ${name}`, role: "employer", passwordHash: "x" },
  });
  const company = await db.company.create({
    data: {
      name,
      nib: String(1_000_000_000_000 + ++nibCounter),
      sector: "private",
      headcount: 150,
      employeesWithDisabilities: 1,
      cityCode,
      verificationStatus,
      members: { create: { userId: employer.id } },
      accessFeatures: { create: [{ accommodationId: "screen-reader" }] },
    },
  });
  return { companyId: company.id, employerUserId: employer.id };
}

export async function createVacancy(
  db: Database,
  options: { companyId: string; cityCode: string; title: string; status?: VacancyStatus; deadline?: string },
): Promise<string> {
  const vacancy = await db.vacancy.create({
    data: {
      companyId: options.companyId,
      cityCode: options.cityCode,
      title: options.title,
      occupationCode: "4110",
      workMode: "onsite",
      hoursType: "full_time",
      hoursPerWeek: 40,
      deadline: new Date(`${options.deadline ?? "2099-12-31"}T00:00:00Z`),
      status: options.status ?? "open",
    },
  });
  return vacancy.id;
}

// An application whose history walks from submitted to `status`; a hire is recorded at `hiredAt`.
export async function createApplication(
  db: Database,
  options: { seekerId: string; vacancyId: string; status: ApplicationStatus; changedById: string; hiredAt?: Date },
): Promise<string> {
  const application = await db.application.create({
    data: {
      seekerId: options.seekerId,
      vacancyId: options.vacancyId,
      status: options.status,
      history: {
        create: [
          { toStatus: "submitted", changedById: options.changedById, changedAt: new Date("2026-01-05T03:00:00Z") },
          ...(options.status === "submitted"
            ? []
            : [
                {
                  fromStatus: "submitted" as const,
                  toStatus: options.status,
                  changedById: options.changedById,
                  changedAt: options.hiredAt ?? new Date("2026-02-02T03:00:00Z"),
                },
              ]),
        ],
      },
    },
  });
  return application.id;
}
