// Detects wording in Indonesian (and English) job ads that shuts out people with disabilities or
// other protected groups without a reason in the job itself (UU No. 8/2016 Pasal 45: fair,
// non-discriminatory recruitment). It only warns: the employer decides, and the page explains why
// and offers inclusive wording. Pure, so the form runs it while typing and the server after saving.

export const WORDING_RULES = ["health", "appearance", "bodyMeasure", "age", "disability", "drivingLicence"] as const;
export type WordingRule = (typeof WORDING_RULES)[number];

export type WordingField = "title" | "description";

export type WordingIssue = {
  rule: WordingRule;
  field: WordingField;
  // The words as the employer wrote them, to quote back on the page.
  excerpt: string;
};

// Patterns are matched case-insensitively against text whose whitespace is collapsed, so line
// breaks inside a phrase still match.
const patterns: Record<WordingRule, RegExp[]> = {
  health: [
    /\bsehat\s+(jasmani|fisik|jiwa)\s*(dan|&|\/|,)?\s*(rohani|mental|raga)\b/giu,
    /\bsehat\s+(jasmani|rohani)\b/giu,
    /\bphysically\s+and\s+mentally\s+(healthy|fit)\b/giu,
    /\b(physically|mentally)\s+fit\b/giu,
  ],
  appearance: [
    /\b(ber)?penampilan\s+(menarik|baik|rapi\s+dan\s+menarik)\b/giu,
    /\b(good|attractive|pleasant)[-\s]+(looking|appearance)\b/giu,
    /\bwajah\s+(menarik|cantik|tampan)\b/giu,
  ],
  bodyMeasure: [
    /\b(tinggi|berat)\s+badan\s+(min(imal|imum)?|maks(imal|imum)?|max|ideal|proporsional)\b/giu,
    /\b(min(imal|imum)?|maks(imal|imum)?)\s+(tinggi|berat)\s+badan\b/giu,
    /\b(tinggi|berat)\s+badan\s*(≥|>=|>)?\s*\d{2,3}\s*(cm|kg)\b/giu,
    /\b(minimum|maximum)\s+(height|weight)\b/giu,
  ],
  age: [
    /\b(usia|umur)\s+(maks(imal|imum)?|max|paling\s+tinggi|tidak\s+lebih\s+dari|di\s*bawah|min(imal|imum)?)\b/giu,
    /\b(maks(imal|imum)?|max|batas)\.?\s+(usia|umur)\b/giu,
    /\b(ber)?(usia|umur)\s+\d{2}\s*(-|–|s\.?\s?d\.?|sampai|hingga)\s*\d{2}(\s+tahun)?/giu,
    /\b(usia|umur)\s*(<|≤|<=)\s*\d{2}/giu,
    /\b(maximum|max\.?)\s+age\b/giu,
    /\bage\s+(limit|under|below|maximum|max)\b/giu,
    /\b(under|below)\s+\d{2}\s+years\s+(old|of\s+age)\b/giu,
  ],
  disability: [
    /\btidak\s+(memiliki\s+|mempunyai\s+)?(cacat|disabilitas|kelainan)(\s+fisik)?\b/giu,
    /\bbebas\s+(cacat|disabilitas)\b/giu,
    /\b(fisik|badan|tubuh)\s+(sempurna|normal|lengkap)\b/giu,
    /\bno\s+(physical\s+)?disabilit(y|ies)\b/giu,
    /\bable[-\s]bodied\b/giu,
  ],
  drivingLicence: [
    // Upper case only: "SIM" in lower case is rare, but "kartu SIM" (a phone SIM card) is common
    // and is excluded below.
    /\bSIM(\s+(A|B1|B2|C|D)(\s+umum)?)?\b/gu,
    /\bsurat\s+izin\s+mengemudi\b/giu,
    /\bdriv(ing|er'?s)\s+licen[cs]e\b/giu,
  ],
};

// Phrases that contain a pattern's words but mean something else.
const exceptions: Partial<Record<WordingRule, RegExp>> = {
  drivingLicence: /\bkartu\s+SIM\b|\bSIM\s+card\b/giu,
};

// KBJI 2014 (as ISCO-08) sub-major group 83: drivers and mobile plant operators, for whom a
// driving licence is an essential requirement rather than an exclusion.
const DRIVING_OCCUPATION_PREFIX = "83";

export function isDrivingOccupation(occupationCode: string | null | undefined): boolean {
  return Boolean(occupationCode?.startsWith(DRIVING_OCCUPATION_PREFIX));
}

function findInText(text: string, field: WordingField, skipDriving: boolean): WordingIssue[] {
  const normalized = text.replace(/\s+/g, " ");
  const issues: WordingIssue[] = [];

  for (const rule of WORDING_RULES) {
    if (rule === "drivingLicence" && skipDriving) continue;

    const excluded = new Set<number>();
    const exception = exceptions[rule];
    if (exception) {
      for (const match of normalized.matchAll(exception)) {
        for (let index = match.index; index < match.index + match[0].length; index += 1) excluded.add(index);
      }
    }

    const seen = new Set<string>();
    for (const pattern of patterns[rule]) {
      for (const match of normalized.matchAll(pattern)) {
        if (excluded.has(match.index)) continue;
        const excerpt = match[0].trim();
        const key = excerpt.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push({ rule, field, excerpt });
      }
    }
  }
  return issues;
}

// Finds exclusionary wording in a vacancy's title and description. A driving licence is not
// flagged for driver occupations. Each distinct excerpt is reported once per rule and field,
// and an excerpt already covered by a longer match of the same rule is dropped.
export function findExclusionaryWording(vacancy: {
  title: string;
  description: string;
  occupationCode?: string | null;
}): WordingIssue[] {
  const skipDriving = isDrivingOccupation(vacancy.occupationCode);
  const issues = [
    ...findInText(vacancy.title, "title", skipDriving),
    ...findInText(vacancy.description, "description", skipDriving),
  ];
  return issues.filter(
    (issue) =>
      !issues.some(
        (other) =>
          other !== issue &&
          other.rule === issue.rule &&
          other.field === issue.field &&
          other.excerpt.length > issue.excerpt.length &&
          other.excerpt.toLowerCase().includes(issue.excerpt.toLowerCase()),
      ),
  );
}
