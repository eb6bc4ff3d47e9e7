import { randomBytes } from "node:crypto";

import type { CityOfficerActor, EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Rows that integration tests insert with the test client into a fresh schema. Each helper fills
// the required columns with plain defaults, and its overrides replace any of them. Skills,
// functioning domains and accommodations differ between suites, so each suite inserts its own.

function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

// A random 13-digit Nomor Induk Berusaha, so companies never collide on the unique index.
export function randomNib(): string {
  return `8${BigInt(`0x${randomBytes(6).toString("hex")}`).toString().padStart(12, "0").slice(-12)}`;
}

// Provinces in all three time zones (WIB, WITA, WIT) with their cities, including a kabupaten
// beside a kota of the same province, and the KBJI chain from major group 4 down to 4132, the
// default occupation of insertVacancy.
export async function insertPlacesAndOccupations(db: Database): Promise<void> {
  await db.province.createMany({
    data: [
      { code: "32", name: "Jawa Barat", timeZone: "WIB" },
      { code: "35", name: "Jawa Timur", timeZone: "WIB" },
      { code: "73", name: "Sulawesi Selatan", timeZone: "WITA" },
      { code: "94", name: "Papua", timeZone: "WIT" },
    ],
  });
  await db.city.createMany({
    data: [
      { code: "32.73", provinceCode: "32", type: "kota", name: "Kota Bandung", nameWithoutType: "Bandung" },
      { code: "32.04", provinceCode: "32", type: "kabupaten", name: "Kabupaten Bandung", nameWithoutType: "Bandung" },
      { code: "35.78", provinceCode: "35", type: "kota", name: "Kota Surabaya", nameWithoutType: "Surabaya" },
      { code: "73.71", provinceCode: "73", type: "kota", name: "Kota Makassar", nameWithoutType: "Makassar" },
      { code: "94.71", provinceCode: "94", type: "kota", name: "Kota Jayapura", nameWithoutType: "Jayapura" },
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
}

// The email is unique per call; the role is the only column without a default.
export async function insertUser(db: Database, overrides: Partial<Prisma.UserUncheckedCreateInput> & Pick<Prisma.UserUncheckedCreateInput, "role">) {
  return db.user.create({
    data: { email: `${overrides.role}-${uniqueSuffix()}@test.local`, name: "Pengguna Uji", passwordHash: "not-a-hash", ...overrides },
    select: { id: true, name: true },
  });
}

export async function insertOfficer(db: Database, cityCode: string): Promise<CityOfficerActor> {
  const user = await insertUser(db, { role: "city_officer", name: `Petugas ${cityCode}`, cityCode });
  return { role: "city_officer", userId: user.id, name: user.name, cityCode };
}

// A seeker account with a profile in Kota Bandung, and the actor its session would carry.
export async function insertSeeker(
  db: Database,
  profile?: Partial<Prisma.SeekerProfileUncheckedCreateInput>,
  user?: Partial<Prisma.UserUncheckedCreateInput>,
) {
  const account = await insertUser(db, { role: "seeker", name: "Sari", ...user });
  const seeker = await db.seekerProfile.create({
    data: { userId: account.id, fullName: "Sari Wulandari", cityCode: "32.73", education: "senior_secondary", ...profile },
    select: { id: true },
  });
  return {
    userId: account.id,
    seekerId: seeker.id,
    actor: { role: "seeker" as const, userId: account.id, name: account.name, seekerId: seeker.id },
  };
}

// A verified private company in Kota Bandung unless the overrides set other values.
export async function insertCompany(db: Database, overrides?: Partial<Prisma.CompanyUncheckedCreateInput>) {
  return db.company.create({
    data: {
      name: "PT Contoh Inklusif",
      nib: randomNib(),
      sector: "private",
      headcount: 150,
      cityCode: "32.73",
      verificationStatus: "verified",
      ...overrides,
    },
    select: { id: true },
  });
}

export async function insertEmployer(db: Database): Promise<EmployerActor> {
  const user = await insertUser(db, { role: "employer", name: "Budi HRD" });
  return { role: "employer", userId: user.id, name: user.name, companyId: null };
}

// An employer with a company of its own, verified unless the overrides set another status.
export async function insertEmployerWithCompany(
  db: Database,
  overrides?: Partial<Prisma.CompanyUncheckedCreateInput>,
): Promise<EmployerActor & { companyId: string }> {
  const actor = await insertEmployer(db);
  const company = await insertCompany(db, { ...overrides, members: { create: { userId: actor.userId } } });
  return { ...actor, companyId: company.id };
}

// An open, published vacancy in Kota Bandung whose deadline lies far in the future.
export async function insertVacancy(db: Database, overrides: Partial<Prisma.VacancyUncheckedCreateInput> & { companyId: string }) {
  return db.vacancy.create({
    data: {
      title: "Staf entri data",
      occupationCode: "4132",
      cityCode: "32.73",
      workMode: "onsite",
      hoursType: "full_time",
      hoursPerWeek: 40,
      deadline: new Date(Date.UTC(2099, 11, 31)),
      status: "open",
      publishedAt: new Date("2026-11-01T00:00:00Z"),
      ...overrides,
    },
    select: { id: true },
  });
}

// An application as the seeker's submit writes it: the row and its first history entry.
export async function insertApplication(db: Database, options: { seeker: { userId: string; seekerId: string }; vacancyId: string }) {
  return db.application.create({
    data: {
      seekerId: options.seeker.seekerId,
      vacancyId: options.vacancyId,
      history: { create: { fromStatus: null, toStatus: "submitted", changedById: options.seeker.userId } },
    },
    select: { id: true },
  });
}
