// Field checks shared by the input validators. Each throws MatchingInputError naming the field.
import { MatchingInputError } from "../errors";
import { MAX_SKILL_LEVEL, MIN_SKILL_LEVEL } from "../types";

export function requireObject(value: unknown, field: string, entityId?: string): asserts value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new MatchingInputError("invalid_type", field, `expected an object, got ${describe(value)}`, entityId);
  }
}

export function requireArray(value: unknown, field: string, entityId?: string): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new MatchingInputError("invalid_type", field, `expected an array, got ${describe(value)}`, entityId);
  }
  return value;
}

export function requireBoolean(value: unknown, field: string, entityId?: string): boolean {
  if (typeof value !== "boolean") {
    throw new MatchingInputError("invalid_type", field, `expected a boolean, got ${describe(value)}`, entityId);
  }
  return value;
}

/** Requires a string with at least one non-space character. */
export function requireId(value: unknown, field: string, entityId?: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new MatchingInputError("invalid_id", field, `expected a non-empty string id, got ${describe(value)}`, entityId);
  }
  return value;
}

export function requireEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  entityId?: string,
): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new MatchingInputError(
      "invalid_value",
      field,
      `invalid value ${describe(value)}; expected one of ${allowed.join(", ")}`,
      entityId,
    );
  }
  return value as T;
}

/** Requires an integer skill level from 1 (basic) to 3 (advanced). */
export function requireSkillLevel(value: unknown, field: string, entityId?: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < MIN_SKILL_LEVEL || value > MAX_SKILL_LEVEL) {
    throw new MatchingInputError(
      "invalid_level",
      field,
      `invalid skill level ${describe(value)}; expected an integer from ${MIN_SKILL_LEVEL} to ${MAX_SKILL_LEVEL}`,
      entityId,
    );
  }
  return value;
}

/** Requires a finite number of years, zero or more. Fractions are allowed. */
export function requireYears(value: unknown, field: string, entityId?: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new MatchingInputError(
      "invalid_number",
      field,
      `invalid number of years ${describe(value)}; expected a finite number of 0 or more`,
      entityId,
    );
  }
  return value;
}

/** Throws duplicate_entry when `key` was already seen in `seen`, then records it. */
export function requireUnique(seen: Set<string>, key: string, field: string, entityId?: string): void {
  if (seen.has(key)) {
    throw new MatchingInputError("duplicate_entry", field, `duplicate entry "${key}", which may appear only once`, entityId);
  }
  seen.add(key);
}

function describe(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) {
    return String(value);
  }
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  return Array.isArray(value) ? "an array" : typeof value;
}
