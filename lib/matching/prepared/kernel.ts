// The pairwise score of the fast path, shared by both ranking directions: isExcludedRowPair
// applies the hard filters, skillsRowTenths turns the skill credit into the skills part, and
// scoreEligibleRow adds the other parts with the formulas of the plain scorer. Only the skill
// credit is gathered per direction (see skill-credit.ts). Seeker and vacancy rows must come from
// prepared data of the same context.
import {
  accommodationTenths,
  educationTenths,
  experienceTenths,
  functionalTenths,
  PART_MAX_POINTS,
  PLACE_TENTHS,
  skillsTenths,
} from "../formulas";
import { FUNCTIONING_DOMAINS } from "../types";
import { popcount32, REMOTE_BIT, SCOPE_CITY, SCOPE_PROVINCE } from "./encoding";
import type { PreparedSeekers } from "./seekers";
import type { PreparedVacancies } from "./vacancies";

const DOMAIN_COUNT = FUNCTIONING_DOMAINS.length;
const FULL_FUNCTIONAL_TENTHS = PART_MAX_POINTS.functionalFit * 10;
const FULL_ACCOMMODATION_TENTHS = PART_MAX_POINTS.accommodationFit * 10;

/**
 * Returns whether the hard filters exclude seeker row `s` and vacancy row `v`: a closed vacancy,
 * or a work mode, hours type or place the seeker does not accept. Remote work fits every scope.
 */
export function isExcludedRowPair(seekers: PreparedSeekers, s: number, vacancies: PreparedVacancies, v: number): boolean {
  const modeBit = vacancies.workModeBit[v];
  if (
    vacancies.isOpen[v] === 0 ||
    (seekers.workModeMask[s] & modeBit) === 0 ||
    (seekers.hoursMask[s] & vacancies.hoursBit[v]) === 0
  ) {
    return true;
  }
  if (modeBit === REMOTE_BIT) {
    return false;
  }

  const scope = seekers.placeScope[s];
  if (scope === SCOPE_CITY) {
    return vacancies.city[v] !== seekers.city[s];
  }
  return scope === SCOPE_PROVINCE && vacancies.province[v] !== seekers.province[s];
}

/** Maximum tenths of all parts but skills; a pair whose skills part plus this is too low can be skipped. */
export const NON_SKILL_MAX_TENTHS = 1000 - PART_MAX_POINTS.skills * 10;

/** Returns the skills part in tenths of vacancy row `v` from the credit the seeker earns. */
export function skillsRowTenths(vacancies: PreparedVacancies, v: number, earnedSkillCredit: number): number {
  return skillsTenths(earnedSkillCredit, vacancies.maxSkillCredit[v]);
}

/**
 * Returns the score in tenths (0..1000) of a pair that passed the hard filters, given its skills
 * part in tenths. Mirrors the plain scorer part by part.
 */
export function scoreEligibleRow(
  seekers: PreparedSeekers,
  s: number,
  vacancies: PreparedVacancies,
  v: number,
  skillTenths: number,
): number {
  let tenths: number = PLACE_TENTHS.otherProvince;
  if (vacancies.workModeBit[v] === REMOTE_BIT || vacancies.city[v] === seekers.city[s]) {
    tenths = PLACE_TENTHS.sameCityOrRemote;
  } else if (vacancies.province[v] === seekers.province[s]) {
    tenths = PLACE_TENTHS.sameProvince;
  }

  tenths += skillTenths;
  tenths += functionalFitTenths(seekers.someDomains[s], seekers.severeDomains[s], vacancies, v);
  tenths += accommodationFitTenths(seekers, s, vacancies, v);
  tenths += educationTenths(seekers.education[s], vacancies.educationMin[v]);
  tenths += experienceTenths(seekers.experience[s], vacancies.experienceMin[v]);
  return tenths;
}

/**
 * Returns the functional-fit part in tenths. A severe difficulty (a_lot, cannot) conflicts with
 * every demand on its domain, and "some" difficulty only with "high" demands. Covered domains
 * never count as gaps.
 */
function functionalFitTenths(someDomains: number, severeDomains: number, vacancies: PreparedVacancies, v: number): number {
  const totalWeight = vacancies.totalDemandWeight[v];
  if (totalWeight === 0) {
    return FULL_FUNCTIONAL_TENTHS;
  }
  const uncoveredDomains = vacancies.demandedDomains[v] & ~vacancies.coveredDomains[v];
  const severe = severeDomains & uncoveredDomains;
  const some = someDomains & uncoveredDomains;
  if ((severe | some) === 0) {
    return FULL_FUNCTIONAL_TENTHS;
  }

  let uncoveredWeight = 0;
  const base = v * DOMAIN_COUNT;
  for (let domain = 0; domain < DOMAIN_COUNT; domain++) {
    const bit = 1 << domain;
    if ((severe & bit) !== 0) {
      uncoveredWeight += vacancies.demandWeight[base + domain];
    } else if ((some & bit) !== 0) {
      uncoveredWeight += vacancies.highDemandWeight[base + domain];
    }
  }
  return functionalTenths(uncoveredWeight, totalWeight);
}

function accommodationFitTenths(seekers: PreparedSeekers, s: number, vacancies: PreparedVacancies, v: number): number {
  const needCount = seekers.needCount[s];
  if (needCount === 0) {
    return FULL_ACCOMMODATION_TENTHS;
  }
  const words = vacancies.context.accommodationWords;
  let offeredNeeds = 0;
  for (let word = 0; word < words; word++) {
    offeredNeeds += popcount32(seekers.needs[s * words + word] & vacancies.offered[v * words + word]);
  }
  return accommodationTenths(offeredNeeds, needCount);
}
