import { randomBytes } from "node:crypto";

import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Minimal reference rows and accounts for integration tests of the employer journey, written into
// a fresh test schema.

export async function createEmployerReference(db: Database): Promise<void> {
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
  await db.occupation.createMany({
    data: [
      { code: "4", level: 1, titleId: "Tenaga Tata Usaha", titleEn: "Clerical support workers", iscoCode: "4" },
      { code: "41", level: 2, parentCode: "4", titleId: "Juru tulis", titleEn: "General and keyboard clerks", iscoCode: "41" },
      { code: "413", level: 3, parentCode: "41", titleId: "Operator papan ketik", titleEn: "Keyboard operators", iscoCode: "413" },
      { code: "4132", level: 4, parentCode: "413", titleId: "Operator entri data", titleEn: "Data entry clerks", iscoCode: "4132" },
    ],
  });
  await db.skill.createMany({
    data: [
      { id: "data_entry", escoLabel: "perform data entry", labelId: "Entri data", labelEn: "Data entry", category: "office" },
      { id: "use_spreadsheets", escoLabel: "use spreadsheets software", labelId: "Spreadsheet", labelEn: "Spreadsheets", category: "digital" },
    ],
  });
  const domains = ["seeing", "hearing", "walking", "remembering", "self_care", "communicating"];
  await db.functioningDomain.createMany({
    data: domains.map((id, index) => ({ id, position: index + 1, questionEn: id, statementId: id, labelId: id, labelEn: id })),
  });
  await db.accommodation.createMany({
    data: [
      { id: "screen_reader", kind: "accommodation", labelId: "Pembaca layar", labelEn: "Screen reader", descriptionId: "", descriptionEn: "", position: 1 },
      { id: "flexible_hours", kind: "accommodation", labelId: "Jam fleksibel", labelEn: "Flexible hours", descriptionId: "", descriptionEn: "", position: 2 },
      { id: "step_free_access", kind: "access_feature", labelId: "Akses tanpa tangga", labelEn: "Step-free access", descriptionId: "", descriptionEn: "", position: 3 },
      { id: "elevator", kind: "access_feature", labelId: "Lift", labelEn: "Elevator", descriptionId: "", descriptionEn: "", position: 4 },
    ],
  });
}

function suffix(): string {
  return randomBytes(4).toString("hex");
}

// A random 13-digit Nomor Induk Berusaha, so companies never collide on the unique index.
export function randomNib(): string {
  return `8${BigInt(`0x${randomBytes(6).toString("hex")}`).toString().padStart(12, "0").slice(-12)}`;
}

export async function createEmployerUser(db: Database): Promise<EmployerActor> {
  const user = await db.user.create({
    data: { email: `employer-${suffix()}@test.local`, name: "Budi HRD", role: "employer", passwordHash: "not-a-hash" },
    select: { id: true, name: true },
  });
  return { role: "employer", userId: user.id, name: user.name, companyId: null };
}

// An employer with a company of its own, verified unless the overrides set another status.
export async function createEmployerWithCompany(
  db: Database,
  overrides?: Partial<Prisma.CompanyUncheckedCreateInput>,
): Promise<EmployerActor & { companyId: string }> {
  const actor = await createEmployerUser(db);
  const company = await db.company.create({
    data: {
      name: "PT Contoh Inklusif",
      nib: randomNib(),
      sector: "private",
      headcount: 150,
      cityCode: "32.73",
      verificationStatus: "verified",
      ...overrides,
      members: { create: { userId: actor.userId } },
    },
    select: { id: true },
  });
  return { ...actor, companyId: company.id };
}

export async function createSeeker(db: Database, profile?: Partial<Prisma.SeekerProfileUncheckedCreateInput>) {
  const user = await db.user.create({
    data: { email: `seeker-${suffix()}@test.local`, name: "Sari", role: "seeker", passwordHash: "not-a-hash" },
    select: { id: true },
  });
  const seeker = await db.seekerProfile.create({
    data: { userId: user.id, fullName: "Sari Wulandari", cityCode: "32.73", education: "senior_secondary", ...profile },
    select: { id: true },
  });
  return { userId: user.id, seekerId: seeker.id };
}

export async function createOpenVacancy(db: Database, companyId: string, overrides?: Partial<Prisma.VacancyUncheckedCreateInput>) {
  return db.vacancy.create({
    data: {
      companyId,
      title: "Staf entri data",
      occupationCode: "4132",
      cityCode: "32.73",
      workMode: "onsite",
      hoursType: "full_time",
      hoursPerWeek: 40,
      deadline: new Date(Date.UTC(2099, 11, 31)),
      status: "open",
      publishedAt: new Date(),
      ...overrides,
    },
    select: { id: true },
  });
}

// An application as the seeker's submit writes it: the row and its first history entry.
export async function createApplication(db: Database, options: { seeker: { userId: string; seekerId: string }; vacancyId: string }) {
  return db.application.create({
    data: {
      seekerId: options.seeker.seekerId,
      vacancyId: options.vacancyId,
      history: { create: { fromStatus: null, toStatus: "submitted", changedById: options.seeker.userId } },
    },
    select: { id: true },
  });
}
