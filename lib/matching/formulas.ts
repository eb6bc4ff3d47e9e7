// Weights and arithmetic of the score, shared by the plain scorer and the prepared fast path so
// both give the same numbers. Points are kept as integer tenths (0..1000 for the total), which
// makes every part exact to one decimal and the total an exact sum of the parts.

/** Maximum points per part. They add up to 100. */
export const PART_MAX_POINTS = {
  skills: 40,
  functionalFit: 20,
  accommodationFit: 15,
  placeAndWorkMode: 15,
  educationAndExperience: 10,
} as const;

/** Education and experience split the education-and-experience part in equal halves. */
export const EDUCATION_MAX_TENTHS = 50;
export const EXPERIENCE_MAX_TENTHS = 50;

/** A required skill counts twice as much as a preferred one. */
export const REQUIRED_SKILL_WEIGHT = 2;
export const PREFERRED_SKILL_WEIGHT = 1;

/** Credit of one skill in sixths, so that level/minLevel is an integer for levels 1..3. */
export const FULL_SKILL_CREDIT = 6;

/** Weight of a job-function demand: a "high" demand counts twice as much as a "some" demand. */
export const SOME_DEMAND_WEIGHT = 1;
export const HIGH_DEMAND_WEIGHT = 2;

/** Place tiers, in tenths. Remote work counts as the same city. */
export const PLACE_TENTHS = {
  sameCityOrRemote: 150,
  sameProvince: 100,
  otherProvince: 50,
} as const;

/** Rounds numerator/denominator half up, for non-negative integers. Exact in float64 below 2^52. */
export function roundRatio(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * Returns the credit in sixths of a seeker skill at `level` (0 when absent) against `minLevel`:
 * full at or above the minimum, level/minLevel below it, so 1 of 3 earns a third.
 */
export function skillCreditSixths(level: number, minLevel: number): number {
  if (level >= minLevel) {
    return FULL_SKILL_CREDIT;
  }
  return (FULL_SKILL_CREDIT * level) / minLevel;
}

/**
 * Returns the skills part in tenths from weighted credit earned and the maximum credit. A vacancy
 * that lists no skills (maximum 0) gives the full part, because it requires none.
 */
export function skillsTenths(earnedCredit: number, maxCredit: number): number {
  if (maxCredit === 0) {
    return PART_MAX_POINTS.skills * 10;
  }
  return roundRatio(PART_MAX_POINTS.skills * 10 * earnedCredit, maxCredit);
}

/** Returns the functional-fit part in tenths: the share of demand weight without an uncovered gap. */
export function functionalTenths(uncoveredWeight: number, totalWeight: number): number {
  if (totalWeight === 0) {
    return PART_MAX_POINTS.functionalFit * 10;
  }
  return roundRatio(PART_MAX_POINTS.functionalFit * 10 * (totalWeight - uncoveredWeight), totalWeight);
}

/** Returns the accommodation-fit part in tenths: the share of needs offered, full without needs. */
export function accommodationTenths(offeredNeeds: number, totalNeeds: number): number {
  if (totalNeeds === 0) {
    return PART_MAX_POINTS.accommodationFit * 10;
  }
  return roundRatio(PART_MAX_POINTS.accommodationFit * 10 * offeredNeeds, totalNeeds);
}

/** Returns education tenths from level indexes: full at the minimum, seeker/minimum below it. */
export function educationTenths(seekerIndex: number, minimumIndex: number): number {
  if (seekerIndex >= minimumIndex) {
    return EDUCATION_MAX_TENTHS;
  }
  return roundRatio(EDUCATION_MAX_TENTHS * seekerIndex, minimumIndex);
}

/** Returns experience tenths: full at the minimum, years/minimum below it. Years may be fractional. */
export function experienceTenths(years: number, minimumYears: number): number {
  if (years >= minimumYears) {
    return EXPERIENCE_MAX_TENTHS;
  }
  return Math.round((EXPERIENCE_MAX_TENTHS * years) / minimumYears);
}
