"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { saveSkillsAction } from "@/app/[locale]/seeker/profile/actions";
import { ErrorSummary, fieldId } from "@/components/ui/error-summary";
import { valueOf } from "@/components/ui/form-messages";
import { initialFormState } from "@/lib/forms/form-state";
import type { SkillGroup } from "@/lib/seekers/list-profile-options";
import { SKILL_FIELD_PREFIX, SKILL_LEVELS } from "@/lib/seekers/schemas";

import { StepButtons } from "./step-buttons";

// One fieldset per category inside <details>, one select per skill. It needs no JavaScript, every
// select has its own label, and groups with chosen skills start open.
export function SkillsForm({ groups, levels }: { groups: SkillGroup[]; levels: Record<string, number> }) {
  const t = useTranslations("seeker.skills");
  const tr = useTranslations("reference");
  const [state, formAction] = useActionState(saveSkillsAction, initialFormState);

  const levelOf = (skillId: string) => valueOf(state, `${SKILL_FIELD_PREFIX}${skillId}`, levels[skillId] ? String(levels[skillId]) : "");

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <p className="mb-6 max-w-3xl">{t("levelGuide")}</p>
      {groups.map((group) => {
        const chosen = group.skills.filter((skill) => levelOf(skill.id) !== "").length;
        const categoryLabel = tr(`skillCategory.${group.category}`);
        return (
          <details key={group.category} open={chosen > 0} className="mb-3 border-2 border-gray-300">
            <summary className="min-h-11 cursor-pointer px-3 py-2 font-bold">
              {categoryLabel}
              {chosen > 0 ? <span className="ml-2 font-normal">({t("chosenCount", { count: chosen })})</span> : null}
            </summary>
            <fieldset className="px-3 pb-3">
              <legend className="sr-only">{categoryLabel}</legend>
              <ul className="grid gap-x-6 gap-y-3 md:grid-cols-2">
                {group.skills.map((skill) => {
                  const name = `${SKILL_FIELD_PREFIX}${skill.id}`;
                  const id = fieldId(name);
                  return (
                    <li key={skill.id}>
                      <label htmlFor={id} className="block">
                        {skill.label}
                      </label>
                      <select
                        id={id}
                        name={name}
                        defaultValue={levelOf(skill.id)}
                        className="mt-1 block min-h-11 w-full border-2 border-gray-900 bg-white px-2 py-1"
                      >
                        <option value="">{t("levelNone")}</option>
                        {SKILL_LEVELS.map((level) => (
                          <option key={level} value={String(level)}>
                            {tr(`skillLevel.${level}`)}
                          </option>
                        ))}
                      </select>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </details>
        );
      })}
      <StepButtons />
    </form>
  );
}
