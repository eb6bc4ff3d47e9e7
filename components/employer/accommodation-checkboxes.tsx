"use client";

import { useTranslations } from "next-intl";

import { fieldId } from "@/components/ui/error-summary";
import { FieldError } from "@/components/ui/fields";

export type AccommodationGroupView = { kind: string; label: string; items: { value: string; label: string; hint?: string }[] };

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
        <p id={`${id}-hint`} className="text-gray-700">
          {t("hint")}
        </p>
        <FieldError id={id} error={props.error} />
        {props.groups.map((group) => (
          <fieldset key={group.kind} className="mt-4 min-w-0">
            <legend className="font-bold">{group.label}</legend>
            <div className="mt-2 space-y-2">
              {group.items.map((item) => {
                const optionId = item.value === firstValue ? id : `${id}-${item.value}`;
                return (
                  <div key={item.value} className="flex items-start gap-3">
                    <input
                      id={optionId}
                      type="checkbox"
                      name="accommodations"
                      value={item.value}
                      defaultChecked={selected.has(item.value)}
                      aria-describedby={item.hint ? `${optionId}-hint` : undefined}
                      className="mt-0.5 size-6 shrink-0 accent-blue-800"
                    />
                    <div>
                      <label htmlFor={optionId}>{item.label}</label>
                      {item.hint ? (
                        <p id={`${optionId}-hint`} className="text-sm text-gray-700">
                          {item.hint}
                        </p>
                      ) : null}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}
