"use client";

import type { ReactNode } from "react";

import { fieldId } from "@/components/ui/error-summary";
import { FieldError, FieldHint } from "@/components/ui/fields";

export type OptionGroup = { label: string; options: { value: string; label: string }[] };

// A native select with <optgroup>s: keyboard type-ahead and screen reader support come from the
// browser, and it works before JavaScript loads. Same label, hint and error pattern as SelectField.
export function GroupedSelectField(props: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  groups: OptionGroup[];
  defaultValue?: string;
  placeholder: string;
}) {
  const id = fieldId(props.name);
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={props.error ? "mb-6 border-l-4 border-red-700 pl-3" : "mb-6"}>
      <label htmlFor={id} className="block font-bold">
        {props.label}
      </label>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={props.error} />
      {/* Keyed by the default so a returned form state remounts it: React applies a select's
          defaultValue only at mount, and the form reset after an action would restore the old one. */}
      <select
        key={props.defaultValue ?? ""}
        id={id}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="mt-1 block min-h-11 w-full max-w-xl border-2 border-gray-900 bg-white px-2 py-1 text-base"
      >
        <option value="">{props.placeholder}</option>
        {props.groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
