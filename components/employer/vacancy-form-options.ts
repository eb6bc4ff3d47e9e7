import "server-only";

import { getLocale, getTranslations } from "next-intl/server";

import type { Database } from "@/lib/db/create-client";
import { EducationLevel, HoursType, WorkMode } from "@/lib/generated/prisma/enums";
import { listCityGroups } from "@/lib/places/list-city-groups";
import { loadVacancyFormOptions } from "@/lib/vacancies/load-vacancy-form-options";

import type { VacancyFormOptionsView } from "./vacancy-form";

// Loads the reference rows of the vacancy form and labels them in the request's locale, so the
// client form receives plain, already translated options.
export async function loadVacancyFormView(db: Database): Promise<VacancyFormOptionsView> {
  const [options, cityGroups] = await Promise.all([loadVacancyFormOptions(db), listCityGroups({ db })]);
  const english = (await getLocale()) === "en";
  const t = await getTranslations("reference");
  const label = (row: { labelId: string; labelEn: string }) => (english ? row.labelEn : row.labelId);
  const title = (row: { titleId: string; titleEn: string }) => (english ? row.titleEn : row.titleId);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, english ? "en" : "id");

  return {
    occupationGroups: options.occupationGroups.map((group) => ({
      label: `${group.code} ${title(group)}`,
      options: group.occupations.map((occupation) => ({ value: occupation.code, label: `${occupation.code} ${title(occupation)}` })),
    })),
    cityGroups,
    workModes: Object.values(WorkMode).map((mode) => ({ value: mode, label: t(`workMode.${mode}`) })),
    hoursTypes: Object.values(HoursType).map((type) => ({ value: type, label: t(`hoursType.${type}`) })),
    educationLevels: Object.values(EducationLevel).map((level) => ({ value: level, label: t(`educationLevel.${level}`) })),
    skillGroups: options.skillGroups
      .map((group) => ({
        category: group.category,
        label: t.has(`skillCategory.${group.category}`) ? t(`skillCategory.${group.category}`) : group.category,
        skills: group.items.map((skill) => ({ id: skill.id, label: label(skill) })).sort(byLabel),
      }))
      .sort(byLabel),
    skillLevels: { "1": t("skillLevel.1"), "2": t("skillLevel.2"), "3": t("skillLevel.3") },
    domains: options.domains.map((domain) => ({ id: domain.id, label: label(domain) })),
    demandLabels: { some: t("demandLevel.some"), high: t("demandLevel.high") },
    accommodationGroups: options.accommodationGroups.map((group) => ({
      kind: group.kind,
      label: t(`accommodationKind.${group.kind}`),
      items: group.items.map((item) => ({ value: item.id, label: label(item), hint: english ? item.descriptionEn : item.descriptionId })),
    })),
  };
}
