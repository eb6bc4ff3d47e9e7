"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

import { fieldId } from "./error-summary";

type BaseFieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

// aria-describedby lists only the parts that exist, so a screen reader never points at nothing.
function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="text-gray-700">
      {hint}
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useTranslations("common");
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="font-bold text-red-800">
      <span className="sr-only">{t("errors.titlePrefix")}: </span>
      {error}
    </p>
  );
}

const inputClass = "mt-1 block w-full max-w-xl min-h-11 border-2 border-gray-900 px-2 py-1 text-base";

function groupClass(error?: string): string {
  return error ? "mb-6 border-l-4 border-red-700 pl-3" : "mb-6";
}

export function TextField(
  props: BaseFieldProps & {
    defaultValue?: string;
    type?: "text" | "email" | "password" | "number" | "date" | "tel";
    autoComplete?: string;
    inputMode?: "numeric" | "text" | "email";
    width?: "full" | "short";
  },
) {
  const id = fieldId(props.name);
  return (
    <div className={groupClass(props.error)}>
      <label htmlFor={id} className="block font-bold">
        {props.label}
      </label>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={props.error} />
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={`${inputClass} ${props.width === "short" ? "max-w-48" : ""} ${props.error ? "border-red-700" : ""}`}
      />
    </div>
  );
}

export function TextArea(props: BaseFieldProps & { defaultValue?: string; rows?: number }) {
  const id = fieldId(props.name);
  return (
    <div className={groupClass(props.error)}>
      <label htmlFor={id} className="block font-bold">
        {props.label}
      </label>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={props.error} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={inputClass}
      />
    </div>
  );
}

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

// The label, hint, error and <select> that SelectField and GroupedSelectField share; the children
// are the <option> and <optgroup> elements.
function SelectControl(props: BaseFieldProps & { defaultValue?: string; children: ReactNode }) {
  const id = fieldId(props.name);
  return (
    <div className={groupClass(props.error)}>
      <label htmlFor={id} className="block font-bold">
        {props.label}
      </label>
      <FieldHint id={id} hint={props.hint} />
      <FieldError id={id} error={props.error} />
      <select
        // React applies a select's defaultValue only when it mounts, and a form action resets the
        // form afterwards. A new key remounts the select, so the value kept after a failed submit shows.
        key={props.defaultValue ?? ""}
        id={id}
        name={props.name}
        defaultValue={props.defaultValue ?? ""}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        className={`${inputClass} bg-white`}
      >
        {props.children}
      </select>
    </div>
  );
}

export function SelectField(props: BaseFieldProps & { options: Option[]; defaultValue?: string; placeholder?: string }) {
  return (
    <SelectControl name={props.name} label={props.label} hint={props.hint} error={props.error} defaultValue={props.defaultValue}>
      {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectControl>
  );
}

// A native select with <optgroup>s: keyboard type-ahead and screen reader support come from the
// browser, and it works before JavaScript loads.
export function GroupedSelectField(props: BaseFieldProps & { groups: OptionGroup[]; defaultValue?: string; placeholder?: string }) {
  return (
    <SelectControl name={props.name} label={props.label} hint={props.hint} error={props.error} defaultValue={props.defaultValue}>
      {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
      {props.groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectControl>
  );
}

export type ChoiceOption = Option & { hint?: string };

// One radio or checkbox with its label and, when the option has one, a hint tied to it.
export function ChoiceItem(props: { id: string; type: "radio" | "checkbox"; name: string; option: ChoiceOption; defaultChecked: boolean }) {
  const { id, option } = props;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type={props.type}
        name={props.name}
        value={option.value}
        defaultChecked={props.defaultChecked}
        aria-describedby={option.hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-6 shrink-0 accent-blue-800"
      />
      <div>
        <label htmlFor={id}>{option.label}</label>
        {option.hint ? (
          <p id={`${id}-hint`} className="text-sm text-gray-700">
            {option.hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

// Radios and checkboxes share one fieldset pattern; the legend is the question.
export function ChoiceGroup(
  props: BaseFieldProps & {
    type: "radio" | "checkbox";
    options: ChoiceOption[];
    defaultValue?: string | string[];
  },
) {
  const id = fieldId(props.name);
  const selected = new Set(Array.isArray(props.defaultValue) ? props.defaultValue : [props.defaultValue ?? ""]);
  return (
    <div className={groupClass(props.error)}>
      <fieldset aria-describedby={describedBy(id, props.hint, props.error)}>
        <legend className="font-bold">{props.label}</legend>
        <FieldHint id={id} hint={props.hint} />
        <FieldError id={id} error={props.error} />
        <div className="mt-2 space-y-2">
          {props.options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <ChoiceItem
                key={option.value}
                id={optionId}
                type={props.type}
                name={props.name}
                option={option}
                defaultChecked={selected.has(option.value)}
              />
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
