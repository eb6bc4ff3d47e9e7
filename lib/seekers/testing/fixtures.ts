import { randomBytes } from "node:crypto";

import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Minimal rows for integration tests of the seeker journey, written into a fresh test schema.

export async function createPlaces(db: Database): Promise<void> {
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
  await db.occupation.create({
    data: { code: "4132", level: 4, titleId: "Operator entri data", titleEn: "Data entry clerks", iscoCode: "4132" },
  });
}

function suffix(): string {
  return randomBytes(4).toString("hex");
}

export async function createSeekerUser(db: Database, profile?: Partial<Prisma.SeekerProfileUncheckedCreateInput>) {
  const user = await db.user.create({
    data: { email: `seeker-${suffix()}@test.local`, name: "Sari", role: "seeker", passwordHash: "not-a-hash" },
    select: { id: true, name: true },
  });
  const seeker = await db.seekerProfile.create({
    data: { userId: user.id, fullName: "Sari Wulandari", cityCode: "32.73", education: "senior_secondary", ...profile },
    select: { id: true },
  });
  return {
    userId: user.id,
    seekerId: seeker.id,
    actor: { role: "seeker" as const, userId: user.id, name: user.name, seekerId: seeker.id },
  };
}

// A 13-digit Nomor Induk Berusaha, random so companies never collide on the unique index.
function randomNib(): string {
  const digits = BigInt(`0x${randomBytes(6).toString("hex")}`).toString().padStart(13, "0");
  return `9${digits.slice(-12)}`;
}

export async function createCompany(db: Database, overrides?: Partial<Prisma.CompanyUncheckedCreateInput>) {
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

export async function createVacancy(db: Database, overrides: Partial<Prisma.VacancyUncheckedCreateInput> & { companyId: string }) {
  return db.vacancy.create({
    data: {
      title: "Staf entri data",
      occupationCode: "4132",
      cityCode: "32.73",
      workMode: "onsite",
      hoursType: "full_time",
      hoursPerWeek: 40,
      deadline: new Date("2026-12-31T00:00:00Z"),
      status: "open",
      publishedAt: new Date("2026-11-01T00:00:00Z"),
      ...overrides,
    },
    select: { id: true },
  });
}
