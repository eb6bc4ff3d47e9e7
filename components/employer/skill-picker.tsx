"use client";

import { useTranslations } from "next-intl";

import { fieldId } from "@/components/ui/error-summary";
import { FieldError } from "@/components/ui/fields";
import { valueOf } from "@/components/ui/form-messages";
import type { FormState } from "@/lib/forms/form-state";
import { SKILL_CHOICES, skillFieldName } from "@/lib/vacancies/schemas";

import { useLiveValues } from "./use-live-values";

export type SkillGroupView = { category: string; label: string; skills: { id: string; label: string }[] };

function selectedIn(state: FormState, groups: SkillGroupView[]): Record<string, number> {
  return Object.fromEntries(
    groups.map((group) => [group.category, group.skills.filter((skill) => valueOf(state, skillFieldName(skill.id)) !== "").length]),
  );
}

// About 400 skills as one native select each, inside a collapsed <details> per category: the
// keyboard moves through category summaries only until one is opened, and nothing needs
// JavaScript. Categories with a choice start open so a returned form shows what was chosen.
export function SkillPicker(props: { state: FormState; groups: SkillGroupView[]; levelLabels: Record<string, string> }) {
  const t = useTranslations("vacancies.form.skills");
  const { state, groups } = props;
  // Open state comes from the submitted values only, so unselecting never collapses the open group.
  const initialCounts = selectedIn(state, groups);
  const [counts, setCounts] = useLiveValues(state, () => initialCounts);
  const error = state.fieldErrors.skills;
  const id = fieldId("skills");

  const choiceLabel = (choice: (typeof SKILL_CHOICES)[number]) => {
    const [requirement, level] = choice.split(":") as ["required" | "preferred", string];
    return t(requirement, { level: props.levelLabels[level] ?? level });
  };

  return (
    <div className={error ? "mb-6 border-l-4 border-red-700 pl-3" : "mb-6"}>
      {/* min-w-0 lets the fieldset shrink below its widest select, so nothing overflows at 320px. */}
      <fieldset id={id} className="min-w-0" aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}>
        <legend className="font-bold">
          {t("legend")}
        </legend>
        <p id={`${id}-hint`} className="text-gray-700">
          {t("hint")}
        </p>
        <FieldError id={id} error={error} />
        <div className="mt-2 space-y-2">
          {groups.map((group) => (
            <details key={group.category} open={(initialCounts[group.category] ?? 0) > 0} className="border-2 border-gray-400">
              <summary className="min-h-11 cursor-pointer px-3 py-2 font-bold">
                {group.label} <span className="font-normal">({t("selectedCount", { count: counts[group.category] ?? 0 })})</span>
              </summary>
              <ul className="space-y-2 px-3 pb-3">
                {group.skills.map((skill) => {
                  const name = skillFieldName(skill.id);
                  const selectId = fieldId(name);
                  return (
                    <li key={skill.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
                      <label htmlFor={selectId}>{skill.label}</label>
                      {/* Keyed by the default: React applies a select's defaultValue only at mount. */}
                      <select
                        key={valueOf(state, name)}
                        id={selectId}
                        name={name}
                        defaultValue={valueOf(state, name)}
                        onChange={(event) => {
                          const selects = event.currentTarget.closest("details")?.querySelectorAll("select") ?? [];
                          const count = [...selects].filter((select) => select.value !== "").length;
                          setCounts((current) => ({ ...current, [group.category]: count }));
                        }}
                        className="min-h-11 w-full max-w-full border-2 border-gray-900 bg-white px-2 py-1 sm:w-auto"
                      >
                        <option value="">{t("none")}</option>
                        {SKILL_CHOICES.map((choice) => (
                          <option key={choice} value={choice}>
                            {choiceLabel(choice)}
                          </option>
                        ))}
                      </select>
                    </li>
                  );
                })}
              </ul>
            </details>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
