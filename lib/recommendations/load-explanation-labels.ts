import type { Database } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/routing";
import type { Explanation, MatchResult } from "@/lib/matching";

// Display names of the ids inside match explanations (skills, accommodations, job functions,
// functioning domains, cities and provinces), for the ScoreExplanation component. Enum values
// such as education levels are translated from the reference catalog instead.
export type ExplanationLabels = {
  skills: Record<string, string>;
  accommodations: Record<string, string>;
  // Job function id to its description, as the employer wrote it.
  functions: Record<string, string>;
  domains: Record<string, string>;
  // City codes ("32.73") and province codes ("32") to their names.
  places: Record<string, string>;
};

export function explanationsOf(match: MatchResult): Explanation[] {
  return [...match.parts, ...match.strengths, ...match.gaps];
}

// Loads the labels for every id the explanations mention, one query per table.
export async function loadExplanationLabels(options: {
  db: Database;
  locale: Locale;
  explanations: readonly Explanation[];
}): Promise<ExplanationLabels> {
  const { db, locale } = options;
  const ids = { skill: new Set<string>(), accommodation: new Set<string>(), function: new Set<string>(), place: new Set<string>() };
  for (const { params } of options.explanations) {
    if (typeof params.skill === "string") ids.skill.add(params.skill);
    if (typeof params.accommodation === "string") ids.accommodation.add(params.accommodation);
    if (typeof params.function === "string") ids.function.add(params.function);
    if (typeof params.city === "string") ids.place.add(params.city);
    if (typeof params.province === "string") ids.place.add(params.province);
  }
  const placeCodes = [...ids.place];
  const english = locale === "en";

  const [skills, accommodations, functions, domains, cities, provinces] = await Promise.all([
    db.skill.findMany({ where: { id: { in: [...ids.skill] } }, select: { id: true, labelId: true, labelEn: true } }),
    db.accommodation.findMany({
      where: { id: { in: [...ids.accommodation] } },
      select: { id: true, labelId: true, labelEn: true },
    }),
    db.jobFunction.findMany({ where: { id: { in: [...ids.function] } }, select: { id: true, description: true } }),
    db.functioningDomain.findMany({ select: { id: true, labelId: true, labelEn: true } }),
    db.city.findMany({ where: { code: { in: placeCodes } }, select: { code: true, name: true } }),
    db.province.findMany({ where: { code: { in: placeCodes } }, select: { code: true, name: true } }),
  ]);

  const byLabel = (rows: { id: string; labelId: string; labelEn: string }[]) =>
    Object.fromEntries(rows.map((row) => [row.id, english ? row.labelEn : row.labelId]));

  return {
    skills: byLabel(skills),
    accommodations: byLabel(accommodations),
    functions: Object.fromEntries(functions.map((row) => [row.id, row.description])),
    domains: byLabel(domains),
    places: Object.fromEntries([...cities, ...provinces].map((row) => [row.code, row.name])),
  };
}
