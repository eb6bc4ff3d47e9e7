// Regenerates the derived reference files in prisma/data from the raw source files next to them:
// provinces.csv, cities.csv, occupations.csv, functioning-domains.csv and occupation-skills.csv.
// The hand-curated files (skills.csv, skill-categories.csv, accommodations.json) are inputs here.
//
//   npx tsx lib/seed/tools/build-reference-files.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { formatCsv, readCsvRecords } from "../csv";
import { defaultDataDir } from "../reference/data-dir";
import { timeZoneForProvince } from "../reference/time-zone";

// KBJI 2014 four-digit groups that are common entry points for job seekers with disabilities in
// Indonesia and need no driving. occupation-skills.csv is built for these codes only.
const COMMON_OCCUPATION_CODES = [
  // Office, data entry, customer contact and accounting clerks
  "4110", "4120", "4131", "4132", "4222", "4223", "4225", "4226", "4227", "4229", "4311", "4313",
  "4321", "4412", "4415", "4416", "4419", "3313", "3343", "3252", "4411",
  // Sales, cashiers and call centre agents
  "5223", "5230", "5244",
  // Food and drink
  "5120", "5131", "5132", "7512", "9411", "9412",
  // Cleaning and laundry
  "9111", "9112", "8157",
  // Massage, beauty and care
  "3255", "5141", "5142", "5311",
  // Tailoring, garment and handicraft
  "7531", "7532", "7533", "8153", "7317", "7318", "7319",
  // IT support, programming and design
  "2512", "2513", "2514", "3512", "3514", "2166", "3431",
  // Teaching and interpreting
  "2341", "2352", "2353", "2356", "2643",
  // Warehouse, packing and production
  "9321", "9329", "9333", "9334", "7421",
];

// Short domain labels for pickers. The full WG-SS question and statement come from the source file.
const DOMAIN_LABELS: Record<string, { labelId: string; labelEn: string }> = {
  seeing: { labelId: "Melihat", labelEn: "Seeing" },
  hearing: { labelId: "Mendengar", labelEn: "Hearing" },
  walking: { labelId: "Berjalan atau naik tangga", labelEn: "Walking or climbing steps" },
  remembering: { labelId: "Mengingat atau berkonsentrasi", labelEn: "Remembering or concentrating" },
  self_care: { labelId: "Merawat diri", labelEn: "Self-care" },
  communicating: { labelId: "Berkomunikasi", labelEn: "Communicating" },
};

// idn-area types to the City.type enum. Jakarta's kota and kabupaten administrasi are not autonomous
// regions, so they get their own type.
const CITY_TYPES: Record<string, string> = {
  kabupaten: "kabupaten",
  kota: "kota",
  kabupaten_administrasi: "administrative",
  kota_administrasi: "administrative",
};

type EscoOccupation = { preferred_label: string; isco08_code: string; essential_skills: string[] };

function buildProvinces(dataDir: string) {
  const rows = readCsvRecords(join(dataDir, "idn-area/provinces.csv")).map((province) => [
    province.code,
    province.name,
    timeZoneForProvince(province.code),
  ]);
  writeFileSync(join(dataDir, "provinces.csv"), formatCsv(["code", "name", "time_zone"], rows));
  return rows.length;
}

function buildCities(dataDir: string) {
  const rows = readCsvRecords(join(dataDir, "idn-area/kabupaten_kota_with_province.csv")).map((city) => {
    const type = CITY_TYPES[city.type];
    if (!type) throw new Error(`Unknown city type "${city.type}" for ${city.code}: extend CITY_TYPES`);
    return [city.code, city.province_code, type, city.name, city.name_without_type];
  });
  writeFileSync(
    join(dataDir, "cities.csv"),
    formatCsv(["code", "province_code", "type", "name", "name_without_type"], rows),
  );
  return rows.length;
}

function buildOccupations(dataDir: string) {
  const rows = readCsvRecords(join(dataDir, "kbji2014/kbji2014_groups.csv")).map((group) => [
    group.kode,
    group.level_digits,
    group.parent_kode,
    group.judul_id.replace(/\s+/g, " ").trim(),
    group.isco08_code,
    group.isco08_title_en,
  ]);
  writeFileSync(
    join(dataDir, "occupations.csv"),
    formatCsv(["code", "level", "parent_code", "title_id", "isco08_code", "title_en"], rows),
  );
  return rows.length;
}

function buildFunctioningDomains(dataDir: string) {
  const rows = readCsvRecords(join(dataDir, "washington-group/wg_ss_questions.csv")).map((question) => {
    const labels = DOMAIN_LABELS[question.domain_id];
    if (!labels) throw new Error(`No short labels for WG-SS domain "${question.domain_id}"`);
    return [
      question.domain_id,
      question.question_no,
      labels.labelId,
      labels.labelEn,
      question.question_en,
      question.statement_id_as_used_by_SAPA129_form,
    ];
  });
  writeFileSync(
    join(dataDir, "functioning-domains.csv"),
    formatCsv(["id", "position", "label_id", "label_en", "question_en", "statement_id"], rows),
  );
  return rows.length;
}

// For each common KBJI code, lists the curated skills that ESCO marks essential for at least one
// ESCO occupation in the same ISCO-08 unit group, most widely shared first.
function buildOccupationSkills(dataDir: string) {
  const skillIdByEscoLabel = new Map(
    readCsvRecords(join(dataDir, "skills.csv"))
      .filter((skill) => skill.esco_label !== "")
      .map((skill) => [skill.esco_label, skill.id]),
  );
  const iscoByKbji = new Map(
    readCsvRecords(join(dataDir, "occupations.csv")).map((occupation) => [occupation.code, occupation.isco08_code]),
  );
  const escoOccupations = JSON.parse(
    readFileSync(join(dataDir, "esco/occupation_skills_en.json"), "utf8"),
  ) as EscoOccupation[];

  const rows: (string | number)[][] = [];
  for (const kbjiCode of COMMON_OCCUPATION_CODES) {
    const iscoCode = iscoByKbji.get(kbjiCode);
    if (!iscoCode) throw new Error(`KBJI code ${kbjiCode} is not in occupations.csv`);

    const group = escoOccupations.filter((occupation) => occupation.isco08_code === iscoCode);
    const occupationsPerSkill = new Map<string, number>();
    for (const occupation of group) {
      for (const label of new Set(occupation.essential_skills)) {
        const skillId = skillIdByEscoLabel.get(label);
        if (skillId) occupationsPerSkill.set(skillId, (occupationsPerSkill.get(skillId) ?? 0) + 1);
      }
    }

    const ranked = [...occupationsPerSkill].sort(
      ([skillA, countA], [skillB, countB]) => countB - countA || skillA.localeCompare(skillB),
    );
    for (const [skillId, count] of ranked) rows.push([kbjiCode, skillId, count, group.length]);
  }

  writeFileSync(
    join(dataDir, "occupation-skills.csv"),
    formatCsv(["kbji_code", "skill_id", "esco_occupations", "group_size"], rows),
  );
  return rows.length;
}

function main() {
  const dataDir = defaultDataDir();
  console.log(`provinces.csv: ${buildProvinces(dataDir)} rows`);
  console.log(`cities.csv: ${buildCities(dataDir)} rows`);
  console.log(`occupations.csv: ${buildOccupations(dataDir)} rows`);
  console.log(`functioning-domains.csv: ${buildFunctioningDomains(dataDir)} rows`);
  console.log(`occupation-skills.csv: ${buildOccupationSkills(dataDir)} rows`);
}

main();
