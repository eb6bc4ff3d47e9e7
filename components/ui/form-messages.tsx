import type { FormState } from "@/lib/forms/form-state";

// A success confirmation after a form posts back to the same page.
export function SuccessMessage({ state }: { state: FormState }) {
  if (state.status !== "success" || !state.message) return null;
  return (
    <div role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-bold">
      {state.message}
    </div>
  );
}

// Reads back what the person typed, so a failed submit keeps every value.
export function valueOf(state: FormState, name: string, fallback = ""): string {
  const value = state.values[name];
  if (value === undefined) return fallback;
  return Array.isArray(value) ? (value[0] ?? fallback) : value;
}

export function valuesOf(state: FormState, name: string, fallback: string[] = []): string[] {
  const value = state.values[name];
  if (value === undefined) return state.status === "idle" ? fallback : [];
  return Array.isArray(value) ? value : [value];
}
