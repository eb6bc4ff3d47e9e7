import "server-only";

import { getTranslations } from "next-intl/server";
import type { z } from "zod";

import type { AppError } from "../errors/app-error";
import { logger } from "../logging/logger";

import { firstErrorPerField } from "./field-order";
import type { FieldErrors, FormState, FormValues } from "./form-state";

// Field names whose values are never echoed back to the page.
const secretFields = new Set(["password", "passwordConfirmation", "currentPassword"]);

export function readFormValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || secretFields.has(key)) continue;
    const all = formData.getAll(key).filter((item): item is string => typeof item === "string");
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

function readSecretValues(formData: FormData): FormValues {
  const secrets: FormValues = {};
  for (const key of secretFields) {
    const value = formData.get(key);
    if (typeof value === "string") secrets[key] = value;
  }
  return secrets;
}

export type ParseResult<T> = { ok: true; data: T; values: FormValues } | { ok: false; state: FormState };

// Validates form input with a shared zod schema whose error messages are catalog keys such as
// "auth.errors.emailInvalid", and translates the first error of each field, in the order of the
// schema's fields. The schema may contain async refinements, for rules that read the database.
export async function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
  toInput: (values: FormValues) => unknown = (values) => values,
): Promise<ParseResult<z.infer<Schema>>> {
  const values = readFormValues(formData);
  // Secret fields are validated but never echoed back, so they join the input only here.
  const result = await schema.safeParseAsync(toInput({ ...values, ...readSecretValues(formData) }));
  if (result.success) return { ok: true, data: result.data, values };

  const t = await getTranslations();
  const fieldErrors: FieldErrors = {};
  for (const [field, key] of firstErrorPerField(schema, result.error.issues)) {
    fieldErrors[field] = translateKey(t, key);
  }
  return { ok: false, state: { status: "error", fieldErrors, values } };
}

type Translate = Awaited<ReturnType<typeof getTranslations>>;

// A schema message that is not a catalog key (zod's own default text) falls back to a generic one,
// so raw library text never reaches the page.
export function translateKey(t: Translate, key: string): string {
  return t.has(key) ? t(key) : t("common.errors.invalidValue");
}

export async function errorState(values: FormValues, errors: { field?: string; key: string }): Promise<FormState> {
  const t = await getTranslations();
  const text = translateKey(t, errors.key);
  return errors.field
    ? { status: "error", fieldErrors: { [errors.field]: text }, values }
    : { status: "error", fieldErrors: {}, formError: text, values };
}

// Logs an expected failure with its code and the route, then returns the form state that shows
// its message. Form values are never logged. A form with no fields of its own (a single button)
// passes asFormError, so the message is not tied to a field the page lacks.
export async function appErrorState(
  error: AppError,
  values: FormValues,
  route: string,
  options: { asFormError?: boolean } = {},
): Promise<FormState> {
  logger.info({ route, code: error.code, error: error.message }, "request rejected");
  return errorState(values, { field: options.asFormError ? undefined : error.field, key: error.messageKey });
}
