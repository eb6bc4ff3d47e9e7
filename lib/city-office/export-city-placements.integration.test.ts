import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { CityOfficerActor } from "../auth/actor";
import { insertOfficer } from "../../tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { exportCityPlacements, type PlacementCsvHeadings } from "./export-city-placements";
import { createApplication, createCompany, createSeeker, createVacancy, insertReferenceRows } from "./testing/city-fixtures";

let database: TestDatabase;
let officer: CityOfficerActor;

const headings: PlacementCsvHeadings = {
  seekerName: "Nama pencari kerja",
  vacancyTitle: "Lowongan",
  companyName: "Perusahaan",
  occupationCode: "Kode KBJI",
  occupationTitle: "Jabatan",
  hiredOn: "Tanggal diterima",
  followUps: ["Tindak lanjut 1 bulan", "Tindak lanjut 3 bulan", "Tindak lanjut 6 bulan", "Tindak lanjut 12 bulan"],
};

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.prisma;
  await insertReferenceRows(db);
  officer = await insertOfficer(db, "32.73");

  const company = await createCompany(db, "32.73", 'PT "Maju", Tbk', "verified");
  const vacancy = await createVacancy(db, { companyId: company.companyId, cityCode: "32.73", title: "=Staf Arsip" });
  const first = await createSeeker(db, "32.73", "Eka Putri");
  const second = await createSeeker(db, "32.73", "Fajar Nugroho");
  // 31 January 20:00 UTC is already 1 February in WIB.
  await createApplication(db, { seekerId: first.seekerId, vacancyId: vacancy, status: "hired", changedById: company.employerUserId, hiredAt: new Date("2026-01-31T20:00:00Z") });
  await createApplication(db, { seekerId: second.seekerId, vacancyId: vacancy, status: "hired", changedById: company.employerUserId, hiredAt: new Date("2026-03-02T02:00:00Z") });
});

afterAll(async () => {
  await database?.drop();
});

describe("exportCityPlacements", () => {
  it("names the file after the city and the day in WIB", async () => {
    const csv = await exportCityPlacements({
      db: database.prisma,
      actor: officer,
      locale: "id",
      headings,
      fileNamePrefix: "penempatan",
      now: new Date("2026-03-31T18:00:00Z"),
    });
    expect(csv.fileName).toBe("penempatan-32.73-2026-04-01.csv");
  });

  it("writes a BOM, the header and one quoted row per placement, newest first", async () => {
    const csv = await exportCityPlacements({ db: database.prisma, actor: officer, locale: "id", headings, fileNamePrefix: "penempatan" });
    expect(csv.content.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.content.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      '"Nama pencari kerja","Lowongan","Perusahaan","Kode KBJI","Jabatan","Tanggal diterima","Tindak lanjut 1 bulan","Tindak lanjut 3 bulan","Tindak lanjut 6 bulan","Tindak lanjut 12 bulan"',
    );
    expect(lines[1]).toBe(
      `"Fajar Nugroho","'=Staf Arsip","PT ""Maju"", Tbk","4110","Juru tulis kantor umum","2026-03-02","2026-04-02","2026-06-02","2026-09-02","2027-03-02"`,
    );
    expect(lines[2]).toBe(
      `"Eka Putri","'=Staf Arsip","PT ""Maju"", Tbk","4110","Juru tulis kantor umum","2026-02-01","2026-03-01","2026-05-01","2026-08-01","2027-02-01"`,
    );
    expect(lines[3]).toBe("");
    expect(lines).toHaveLength(4);
  });

  it("records each export in the audit log", async () => {
    const where = { action: "city.placements.exported", actorId: officer.userId };
    const before = await database.prisma.auditLog.count({ where });

    const csv = await exportCityPlacements({ db: database.prisma, actor: officer, locale: "id", headings, fileNamePrefix: "penempatan" });

    const rows = await database.prisma.auditLog.findMany({ where, orderBy: { id: "desc" } });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({ entityType: "City", entityId: "32.73", cityCode: "32.73", metadata: { fileName: csv.fileName, rowCount: 2 } });
  });

  it("uses the English occupation title for English", async () => {
    const csv = await exportCityPlacements({ db: database.prisma, actor: officer, locale: "en", headings, fileNamePrefix: "placements" });
    expect(csv.content).toContain('"General office clerks"');
    expect(csv.content).not.toContain("Juru tulis");
  });
});
