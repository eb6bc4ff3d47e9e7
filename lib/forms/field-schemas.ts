import { z } from "zod";

// Schema pieces and value helpers that several domain form schemas share. Messages are catalog keys.

// A whole number typed in a text field, so "12,5" or "12a" is an error rather than a guess.
export function wholeNumber(keys: { required: string; invalid: string }, min: number, max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: keys.required, abort: true })
    .regex(/^\d+$/, { error: keys.invalid })
    .transform((value) => Number(value))
    .pipe(z.number().int().min(min, { error: keys.invalid }).max(max, { error: keys.invalid }));
}

// Checkbox groups arrive as a string when one box is ticked and are missing when none is.
export function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

// A refine's `when` condition that lets a cross-field check run once the named fields parsed as
// numbers, even when another field failed, so every error shows after one submit.
export function whenNumbers(...fields: string[]) {
  return (payload: { value: unknown }) => {
    const value = payload.value as Record<string, unknown>;
    return fields.every((field) => typeof value[field] === "number");
  };
}

// A refine's `when` condition that lets a check run once the named fields passed their own rules,
// even when another field failed. Use it for checks that read the database, such as a deadline
// judged in the chosen city's time zone.
export function whenFieldsValid(...fields: string[]) {
  return (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
}
