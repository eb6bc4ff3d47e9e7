import { useTranslations } from "next-intl";

import type { Explanation } from "@/lib/matching";
import type { ExplanationLabels } from "@/lib/recommendations/load-explanation-labels";

// Turns a matching explanation (a catalog key with ids and enum values as params) into a sentence
// in the current language. Ids become names from `labels`; enum values become reference labels.
// Works in server and client components alike.
export function useExplanationText(labels: ExplanationLabels): (explanation: Explanation) => string {
  const t = useTranslations();

  const named = (table: Record<string, string>, id: string | number) => table[String(id)] ?? String(id);

  const resolve = (key: string, name: string, value: string | number): string | number => {
    switch (name) {
      case "skill":
        return named(labels.skills, value);
      case "accommodation":
        return named(labels.accommodations, value);
      case "function":
        return named(labels.functions, value);
      case "domain":
        return named(labels.domains, value);
      case "city":
      case "province":
        return named(labels.places, value);
      case "level":
      case "minLevel":
        return t(`reference.skillLevel.${value}`);
      case "requirement":
        return t(`matching.requirement.${value}`);
      case "demand":
        return t(`reference.demandLevel.${value}`);
      case "difficulty":
        return t(`reference.difficultyLevel.${value}`);
      case "education":
        return t(`reference.educationLevel.${value}`);
      case "minimum":
        // Education keys carry a level here, experience keys a number of years.
        return key.includes("education") ? t(`reference.educationLevel.${value}`) : value;
      case "workMode":
        return t(`reference.workMode.${value}`);
      case "hoursType":
        return t(`reference.hoursType.${value}`);
      case "scope":
        return t(`reference.placeScope.${value}`);
      default:
        return value;
    }
  };

  return (explanation) => {
    const params = Object.fromEntries(
      Object.entries(explanation.params).map(([name, value]) => [name, resolve(explanation.key, name, value)]),
    );
    return t.has(explanation.key) ? t(explanation.key, params) : explanation.key;
  };
}
