import { readFileSync } from "node:fs";
import { join } from "node:path";

import { z } from "zod";

import { readCsvRecords } from "../csv";
import { timeZoneForProvince } from "./time-zone";

// Reads and validates the curated reference files in prisma/data. Every cross-reference between
// the files is checked here, so a broken edit fails before the seed touches the database.

const slug = z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a lower snake case id");
const nonEmpty = z.string().trim().min(1);
const domainId = z.enum(["seeing", "hearing", "walking", "remembering", "self_care", "communicating"]);

const provinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/),
  name: nonEmpty,
  time_zone: z.enum(["WIB", "WITA", "WIT"]),
});

const citySchema = z.object({
  code: z.string().regex(/^\d{2}\.\d{2}$/),
  province_code: z.string().regex(/^\d{2}$/),
  type: z.enum(["kabupaten", "kota", "administrative"]),
  name: nonEmpty,
  name_without_type: nonEmpty,
});

const occupationSchema = z.object({
  code: z.string().regex(/^\d{1,4}$/),
  level: z.coerce.number().int().min(1).max(4),
  parent_code: z.string().regex(/^\d{0,3}$/),
  title_id: nonEmpty,
  isco08_code: z.string().regex(/^\d{1,4}$/),
  title_en: nonEmpty,
});

const skillSchema = z.object({
  id: slug,
  category: slug,
  // Empty for the few skills that ESCO v1.2.0 does not list (Braille, English).
  esco_label: z.string(),
  label_en: nonEmpty,
  label_id: nonEmpty,
});

const skillCategorySchema = z.object({
  id: slug,
  position: z.coerce.number().int().positive(),
  label_id: nonEmpty,
  label_en: nonEmpty,
});

const domainSchema = z.object({
  id: domainId,
  position: z.coerce.number().int().min(1).max(6),
  label_id: nonEmpty,
  label_en: nonEmpty,
  question_en: nonEmpty,
  statement_id: nonEmpty,
});

const accommodationSchema = z.object({
  id: slug,
  kind: z.enum(["accommodation", "access_feature"]),
  domains: z.array(domainId),
  labelId: nonEmpty,
  labelEn: nonEmpty,
  descriptionId: nonEmpty,
  descriptionEn: nonEmpty,
  basis: z.array(nonEmpty).min(1),
});

const occupationSkillSchema = z.object({
  kbji_code: z.string().regex(/^\d{4}$/),
  skill_id: slug,
  esco_occupations: z.coerce.number().int().positive(),
  group_size: z.coerce.number().int().positive(),
});

export type ReferenceData = ReturnType<typeof readReferenceData>;

function parseRows<Schema extends z.ZodType>(file: string, schema: Schema, records: unknown[]): z.output<Schema>[] {
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      throw new Error(`Invalid row ${index + 1} in prisma/data/${file}: ${z.prettifyError(result.error)}`);
    }
    return result.data;
  });
}

function readCsv<Schema extends z.ZodType>(dataDir: string, file: string, schema: Schema) {
  return parseRows(file, schema, readCsvRecords(join(dataDir, file)));
}

function requireUnique(file: string, ids: string[]) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`Duplicate id "${id}" in prisma/data/${file}`);
    seen.add(id);
  }
  return seen;
}

function requireKnown(file: string, field: string, value: string, known: Set<string>) {
  if (!known.has(value)) throw new Error(`Unknown ${field} "${value}" in prisma/data/${file}`);
}

export function readReferenceData(dataDir: string) {
  const provinceRows = readCsv(dataDir, "provinces.csv", provinceSchema);
  const cityRows = readCsv(dataDir, "cities.csv", citySchema);
  const occupationRows = readCsv(dataDir, "occupations.csv", occupationSchema);
  const skillRows = readCsv(dataDir, "skills.csv", skillSchema);
  const categoryRows = readCsv(dataDir, "skill-categories.csv", skillCategorySchema);
  const domainRows = readCsv(dataDir, "functioning-domains.csv", domainSchema);
  const occupationSkillRows = readCsv(dataDir, "occupation-skills.csv", occupationSkillSchema);
  const accommodationRows = parseRows(
    "accommodations.json",
    accommodationSchema,
    JSON.parse(readFileSync(join(dataDir, "accommodations.json"), "utf8")) as unknown[],
  );

  const provinceCodes = requireUnique("provinces.csv", provinceRows.map((row) => row.code));
  for (const province of provinceRows) {
    const expected = timeZoneForProvince(province.code);
    if (province.time_zone !== expected) {
      throw new Error(
        `Province ${province.code} has time zone ${province.time_zone} in provinces.csv, the rule gives ${expected}`,
      );
    }
  }

  requireUnique("cities.csv", cityRows.map((row) => row.code));
  for (const city of cityRows) {
    requireKnown("cities.csv", "province_code", city.province_code, provinceCodes);
    if (!city.code.startsWith(`${city.province_code}.`)) {
      throw new Error(`City ${city.code} does not start with its province code ${city.province_code}`);
    }
  }

  const occupationCodes = requireUnique("occupations.csv", occupationRows.map((row) => row.code));
  for (const occupation of occupationRows) {
    if (occupation.code.length !== occupation.level) {
      throw new Error(`Occupation ${occupation.code} has level ${occupation.level}, expected its digit count`);
    }
    if (occupation.level === 1 ? occupation.parent_code !== "" : occupation.parent_code !== occupation.code.slice(0, -1)) {
      throw new Error(`Occupation ${occupation.code} has parent "${occupation.parent_code}", expected its prefix`);
    }
  }

  const categoryIds = requireUnique("skill-categories.csv", categoryRows.map((row) => row.id));
  const skillIds = requireUnique("skills.csv", skillRows.map((row) => row.id));
  requireUnique("skills.csv (esco_label)", skillRows.filter((row) => row.esco_label !== "").map((row) => row.esco_label));
  for (const skill of skillRows) requireKnown("skills.csv", "category", skill.category, categoryIds);

  requireUnique("functioning-domains.csv", domainRows.map((row) => row.id));
  requireUnique("functioning-domains.csv (position)", domainRows.map((row) => String(row.position)));
  requireUnique("accommodations.json", accommodationRows.map((row) => row.id));

  for (const link of occupationSkillRows) {
    requireKnown("occupation-skills.csv", "kbji_code", link.kbji_code, occupationCodes);
    requireKnown("occupation-skills.csv", "skill_id", link.skill_id, skillIds);
  }

  return {
    provinces: provinceRows.map((row) => ({ code: row.code, name: row.name, timeZone: row.time_zone })),
    cities: cityRows.map((row) => ({
      code: row.code,
      provinceCode: row.province_code,
      type: row.type,
      name: row.name,
      nameWithoutType: row.name_without_type,
    })),
    // Parents before children, so a split createMany never points at a missing parent.
    occupations: occupationRows
      .map((row) => ({
        code: row.code,
        level: row.level,
        parentCode: row.parent_code === "" ? null : row.parent_code,
        titleId: row.title_id,
        iscoCode: row.isco08_code,
        titleEn: row.title_en,
      }))
      .sort((a, b) => a.level - b.level),
    skills: skillRows.map((row) => ({
      id: row.id,
      escoLabel: row.esco_label,
      labelId: row.label_id,
      labelEn: row.label_en,
      category: row.category,
    })),
    skillCategories: categoryRows,
    functioningDomains: domainRows.map((row) => ({
      id: row.id,
      position: row.position,
      questionEn: row.question_en,
      statementId: row.statement_id,
      labelId: row.label_id,
      labelEn: row.label_en,
    })),
    accommodations: accommodationRows.map((row, index) => ({
      id: row.id,
      kind: row.kind,
      labelId: row.labelId,
      labelEn: row.labelEn,
      descriptionId: row.descriptionId,
      descriptionEn: row.descriptionEn,
      position: index + 1,
      domains: row.domains,
    })),
    occupationSkills: occupationSkillRows.map((row) => ({
      occupationCode: row.kbji_code,
      skillId: row.skill_id,
      escoOccupations: row.esco_occupations,
      groupSize: row.group_size,
    })),
  };
}
