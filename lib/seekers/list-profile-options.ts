import type { Database } from "@/lib/db/create-client";
import type { AccommodationKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

// Reference rows shaped as localized form options. Reference tables carry both languages in
// their own columns, so the locale picks a column here rather than a catalog entry.

export function pickLabel(locale: Locale, indonesian: string, english: string): string {
  return locale === "en" ? english : indonesian;
}

// Display order of skill categories, from common office work to general skills.
export const SKILL_CATEGORY_ORDER = [
  "digital",
  "office",
  "finance",
  "communication",
  "customer_service",
  "sales",
  "ict",
  "creative",
  "food",
  "cleaning",
  "care",
  "garment",
  "craft",
  "technical",
  "logistics",
  "teaching",
  "language",
  "transversal",
] as const;

export type SkillGroup = { category: string; skills: { id: string; label: string }[] };

export async function listSkillGroups(options: { db: Database; locale: Locale }): Promise<SkillGroup[]> {
  const skills = await options.db.skill.findMany({ select: { id: true, category: true, labelId: true, labelEn: true } });
  const byCategory = new Map<string, { id: string; label: string }[]>();
  for (const skill of skills) {
    const list = byCategory.get(skill.category) ?? [];
    list.push({ id: skill.id, label: pickLabel(options.locale, skill.labelId, skill.labelEn) });
    byCategory.set(skill.category, list);
  }

  const order = (category: string) => {
    const index = (SKILL_CATEGORY_ORDER as readonly string[]).indexOf(category);
    return index === -1 ? SKILL_CATEGORY_ORDER.length : index;
  };
  const collator = new Intl.Collator(options.locale);
  return [...byCategory.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([category, list]) => ({ category, skills: list.sort((a, b) => collator.compare(a.label, b.label)) }));
}

export type DomainOption = { id: string; label: string; question: string };

// The English question is the Washington Group's own wording; Indonesian uses its statement form.
export async function listFunctioningDomains(options: { db: Database; locale: Locale }): Promise<DomainOption[]> {
  const domains = await options.db.functioningDomain.findMany({
    orderBy: { position: "asc" },
    select: { id: true, labelId: true, labelEn: true, questionEn: true, statementId: true },
  });
  return domains.map((domain) => ({
    id: domain.id,
    label: pickLabel(options.locale, domain.labelId, domain.labelEn),
    question: pickLabel(options.locale, domain.statementId, domain.questionEn),
  }));
}

export type AccommodationOption = { id: string; kind: AccommodationKind; label: string; description: string };

export async function listAccommodationOptions(options: { db: Database; locale: Locale }): Promise<AccommodationOption[]> {
  const rows = await options.db.accommodation.findMany({
    orderBy: [{ kind: "asc" }, { position: "asc" }],
    select: { id: true, kind: true, labelId: true, labelEn: true, descriptionId: true, descriptionEn: true },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    label: pickLabel(options.locale, row.labelId, row.labelEn),
    description: pickLabel(options.locale, row.descriptionId, row.descriptionEn),
  }));
}
