// Bit and number encodings of enum values in prepared structures.
import { domainBit } from "../context";
import {
  EDUCATION_LEVELS,
  HOURS_TYPES,
  PLACE_SCOPES,
  WORK_MODES,
  type EducationLevel,
  type FunctioningDomain,
  type HoursType,
  type PlaceScope,
  type WorkMode,
} from "../types";

export const REMOTE_BIT = workModeBit("remote");
export const ALL_WORK_MODES_MASK = (1 << WORK_MODES.length) - 1;
export const ALL_HOURS_TYPES_MASK = (1 << HOURS_TYPES.length) - 1;
export const SCOPE_CITY = PLACE_SCOPES.indexOf("city");
export const SCOPE_PROVINCE = PLACE_SCOPES.indexOf("province");

export function workModeBit(mode: WorkMode): number {
  return 1 << WORK_MODES.indexOf(mode);
}

export function hoursBit(hours: HoursType): number {
  return 1 << HOURS_TYPES.indexOf(hours);
}

/** Mask of accepted values, where an empty list means every value is accepted. */
export function acceptedMask<T>(values: readonly T[], bitOf: (value: T) => number, allMask: number): number {
  if (values.length === 0) {
    return allMask;
  }
  let mask = 0;
  for (const value of values) {
    mask |= bitOf(value);
  }
  return mask;
}

export function scopeCode(scope: PlaceScope): number {
  return PLACE_SCOPES.indexOf(scope);
}

export function educationIndex(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

export function domainMask(domains: Iterable<FunctioningDomain>): number {
  let mask = 0;
  for (const domain of domains) {
    mask |= domainBit(domain);
  }
  return mask;
}

/** Sets bit `position` in the bit set of `words` 32-bit words that starts at `offset`. */
export function setBit(bits: Uint32Array, offset: number, position: number): void {
  bits[offset + (position >>> 5)] |= 1 << (position & 31);
}

/** Counts set bits of a 32-bit integer (SWAR popcount). */
export function popcount32(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Compares ids by UTF-16 code unit, the order of JavaScript's `<` on strings, without locale rules. */
export function compareIds(a: string, b: string): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}

/**
 * Returns each index's rank in ascending id order (compareIds), so ties can be broken by
 * comparing integers. Calls `onDuplicate`, which must throw, on a duplicate id.
 */
export function rankIds(ids: readonly string[], onDuplicate: (id: string) => never): Uint32Array {
  const order = ids.map((_, index) => index);
  order.sort((a, b) => compareIds(ids[a], ids[b]));

  const ranks = new Uint32Array(ids.length);
  order.forEach((index, rank) => {
    if (rank > 0 && ids[order[rank - 1]] === ids[index]) {
      onDuplicate(ids[index]);
    }
    ranks[index] = rank;
  });
  return ranks;
}
