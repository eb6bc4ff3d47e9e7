"use client";

import { fieldId } from "@/components/ui/error-summary";
import { FieldError, FieldHint } from "@/components/ui/fields";
import type { CityGroup } from "@/lib/seekers/list-profile-options";

// A select of every kabupaten/kota grouped by province with <optgroup>, which screen readers
// announce and which works before JavaScript loads.
export function CitySelect(props: {
  name: string;
  label: string;
  hint?: string;
  placeholder: string;
  groups: CityGroup[];
  defaultValue?: string;
  error?: string;
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
      <select
        id={id}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="mt-1 block min-h-11 w-full max-w-xl border-2 border-gray-900 bg-white px-2 py-1 text-base"
      >
        <option value="">{props.placeholder}</option>
        {props.groups.map((group) => (
          <optgroup key={group.provinceCode} label={group.provinceName}>
            {group.cities.map((city) => (
              <option key={city.value} value={city.value}>
                {city.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
