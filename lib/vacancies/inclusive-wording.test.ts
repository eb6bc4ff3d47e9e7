import { describe, expect, it } from "vitest";

import { findExclusionaryWording, type WordingRule } from "./inclusive-wording";

function rulesIn(description: string, occupationCode?: string): WordingRule[] {
  return findExclusionaryWording({ title: "", description, occupationCode }).map((issue) => issue.rule);
}

describe("findExclusionaryWording", () => {
  it.each<[string, WordingRule]>([
    ["Syarat: sehat jasmani dan rohani", "health"],
    ["Sehat jasmani & rohani", "health"],
    ["sehat\njasmani dan\nrohani", "health"],
    ["Must be physically and mentally healthy", "health"],
    ["Berpenampilan menarik", "appearance"],
    ["penampilan menarik dan rapi", "appearance"],
    ["Good looking", "appearance"],
    ["Tinggi badan minimal 160 cm", "bodyMeasure"],
    ["Usia maksimal 25 tahun", "age"],
    ["usia maks. 30", "age"],
    ["Maksimal usia 30 tahun", "age"],
    ["Batas usia 35 tahun", "age"],
    ["Berusia 18-25 tahun", "age"],
    ["Usia 20 s.d. 30 tahun", "age"],
    ["Maximum age 30", "age"],
    ["Tidak cacat", "disability"],
    ["tidak memiliki cacat fisik", "disability"],
    ["Fisik sempurna", "disability"],
    ["No disabilities", "disability"],
    ["Memiliki SIM C", "drivingLicence"],
    ["Wajib punya SIM", "drivingLicence"],
    ["Valid driving licence", "drivingLicence"],
  ])("flags %j as %s", (text, rule) => {
    expect(rulesIn(text)).toEqual([rule]);
  });

  it.each([
    "Menjaga kesehatan dan keselamatan kerja",
    "Mampu bekerja dalam tim, teliti dan rapi",
    "Pengalaman 2 tahun di bidang administrasi",
    "Mengelola kartu SIM dan pulsa pelanggan",
    "Simpan dokumen secara rapi",
    "Kami menyambut pelamar penyandang disabilitas",
    "Terbuka untuk segala usia",
  ])("accepts %j", (text) => {
    expect(rulesIn(text)).toEqual([]);
  });

  it("does not flag a driving licence for driver occupations", () => {
    expect(rulesIn("Memiliki SIM B1 umum", "8322")).toEqual([]);
    expect(rulesIn("Memiliki SIM B1 umum", "4132")).toEqual(["drivingLicence"]);
  });

  it("reports the field and the excerpt as written", () => {
    expect(
      findExclusionaryWording({ title: "Kasir berpenampilan menarik", description: "Sehat Jasmani dan Rohani" }),
    ).toEqual([
      { rule: "appearance", field: "title", excerpt: "berpenampilan menarik" },
      { rule: "health", field: "description", excerpt: "Sehat Jasmani dan Rohani" },
    ]);
  });

  it("reports a repeated phrase once", () => {
    expect(rulesIn("Usia maksimal 25. Sekali lagi: usia maksimal 25.")).toEqual(["age"]);
  });

  it("keeps the longest overlapping excerpt", () => {
    const issues = findExclusionaryWording({ title: "", description: "Sehat jasmani dan rohani" });
    expect(issues).toEqual([{ rule: "health", field: "description", excerpt: "Sehat jasmani dan rohani" }]);
  });

  it("finds several rules in one text", () => {
    expect(rulesIn("Usia maksimal 30 tahun, berpenampilan menarik, sehat jasmani dan rohani, tidak cacat")).toEqual([
      "health",
      "appearance",
      "age",
      "disability",
    ]);
  });
});
