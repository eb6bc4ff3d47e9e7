"use client";

import { useTranslations } from "next-intl";

import { fieldId } from "@/components/ui/error-summary";
import { ChoiceItem, FieldError, FieldHint, type ChoiceOption } from "@/components/ui/fields";

export type AccommodationGroupView = { kind: string; label: string; items: ChoiceOption[] };

// Accommodations and workplace access features as two checkbox groups that post one field. The
// first box carries the field id, so the error summary link lands on the group.
export function AccommodationCheckboxes(props: { groups: AccommodationGroupView[]; selected: string[]; error?: string }) {
  const t = useTranslations("vacancies.form.accommodations");
  const id = fieldId("accommodations");
  const selected = new Set(props.selected);
  const firstValue = props.groups[0]?.items[0]?.value;

  return (
    <div className={props.error ? "mb-6 border-l-4 border-red-700 pl-3" : "mb-6"}>
      <fieldset className="min-w-0" aria-describedby={[`${id}-hint`, props.error ? `${id}-error` : null].filter(Boolean).join(" ")}>
        <legend className="font-bold">{t("legend")}</legend>
        <FieldHint id={id} hint={t("hint")} />
        <FieldError id={id} error={props.error} />
        {props.groups.map((group) => (
          <fieldset key={group.kind} className="mt-4 min-w-0">
            <legend className="font-bold">{group.label}</legend>
            <div className="mt-2 space-y-2">
              {group.items.map((item) => (
                <ChoiceItem
                  key={item.value}
                  id={item.value === firstValue ? id : `${id}-${item.value}`}
                  type="checkbox"
                  name="accommodations"
                  option={item}
                  defaultChecked={selected.has(item.value)}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}
