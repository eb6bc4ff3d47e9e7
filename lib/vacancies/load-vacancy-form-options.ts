import type { Database } from "@/lib/db/create-client";
import type { AccommodationKind } from "@/lib/generated/prisma/enums";

type Labelled = { labelId: string; labelEn: string };

// Reference rows for the vacancy form: four-digit KBJI occupations under their one-digit major
// group, skills under their category, accommodations under their kind, and the Washington Group
// domains in questionnaire order.
export async function loadVacancyFormOptions(db: Database) {
  const [majorGroups, occupations, skills, accommodations, domains] = await Promise.all([
    db.occupation.findMany({ where: { level: 1 }, orderBy: { code: "asc" }, select: { code: true, titleId: true, titleEn: true } }),
    db.occupation.findMany({ where: { level: 4 }, orderBy: { code: "asc" }, select: { code: true, titleId: true, titleEn: true } }),
    db.skill.findMany({ orderBy: [{ category: "asc" }, { labelId: "asc" }], select: { id: true, category: true, labelId: true, labelEn: true } }),
    db.accommodation.findMany({
      orderBy: { position: "asc" },
      select: { id: true, kind: true, labelId: true, labelEn: true, descriptionId: true, descriptionEn: true },
    }),
    db.functioningDomain.findMany({ orderBy: { position: "asc" }, select: { id: true, labelId: true, labelEn: true } }),
  ]);

  const occupationGroups = majorGroups.map((group) => ({
    ...group,
    occupations: occupations.filter((occupation) => occupation.code.startsWith(group.code)),
  }));

  const skillsByCategory = new Map<string, (Labelled & { id: string })[]>();
  for (const skill of skills) {
    const list = skillsByCategory.get(skill.category) ?? [];
    list.push(skill);
    skillsByCategory.set(skill.category, list);
  }

  const kinds: AccommodationKind[] = ["accommodation", "access_feature"];
  const accommodationGroups = kinds.map((kind) => ({ kind, items: accommodations.filter((row) => row.kind === kind) }));

  return {
    occupationGroups: occupationGroups.filter((group) => group.occupations.length > 0),
    skillGroups: [...skillsByCategory].map(([category, items]) => ({ category, items })),
    accommodationGroups,
    domains,
  };
}

export type VacancyFormOptions = Awaited<ReturnType<typeof loadVacancyFormOptions>>;
