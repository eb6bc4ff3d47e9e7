// Reads the reference files the benchmark builds its synthetic data from.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Occupation {
  label: string;
  isco08Code: string;
  /** KBJI 2014 unit group (4 digits) with the same ISCO-08 code. */
  kbjiCode: string;
  essentialSkills: string[];
  optionalSkills: string[];
}

export interface City {
  code: string;
  type: string;
  provinceCode: string;
}

const DATA_DIR = path.resolve(import.meta.dirname, "../../../prisma/data");

/** Parses RFC 4180 CSV with a header row. Fields may be quoted and contain commas. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") {
        i += 1;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }

  const [header, ...body] = rows;
  if (header === undefined) {
    return [];
  }
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""])));
}

/** Loads ESCO occupations joined to KBJI 2014 unit groups by ISCO-08 code, dropping unjoined ones. */
export function loadOccupations(): Occupation[] {
  const kbjiRows = parseCsv(readFileSync(path.join(DATA_DIR, "kbji2014/kbji2014_groups.csv"), "utf8"));
  const kbjiByIsco = new Map<string, string>();
  for (const row of kbjiRows) {
    if (row.level_digits === "4" && row.isco08_code !== undefined && row.kode !== undefined) {
      kbjiByIsco.set(row.isco08_code, row.kode);
    }
  }

  const escoRows = JSON.parse(readFileSync(path.join(DATA_DIR, "esco/occupation_skills_en.json"), "utf8")) as {
    preferred_label: string;
    isco08_code: string;
    essential_skills: string[];
    optional_skills: string[];
  }[];

  const occupations: Occupation[] = [];
  for (const row of escoRows) {
    const kbjiCode = kbjiByIsco.get(row.isco08_code);
    if (kbjiCode !== undefined && row.essential_skills.length > 0) {
      occupations.push({
        label: row.preferred_label,
        isco08Code: row.isco08_code,
        kbjiCode,
        essentialSkills: row.essential_skills,
        optionalSkills: row.optional_skills,
      });
    }
  }
  return occupations;
}

export function loadCities(): City[] {
  const rows = parseCsv(readFileSync(path.join(DATA_DIR, "idn-area/kabupaten_kota_with_province.csv"), "utf8"));
  return rows.map((row) => ({ code: row.code ?? "", type: row.type ?? "", provinceCode: row.province_code ?? "" }));
}
