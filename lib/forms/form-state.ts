// What a server action returns to its form: translated errors keyed by field name, and the values
// the person typed, so nothing is lost after a failed submit (passwords excepted).
export type FieldErrors = Record<string, string>;

export type FormValues = Record<string, string | string[]>;

export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors: FieldErrors;
  // An error that belongs to no single field, for example a refused duplicate application.
  formError?: string;
  // A confirmation shown after success on the same page.
  message?: string;
  values: FormValues;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, values: {} };
