import { EXCLUSION_KEYS, GAP_KEYS, STRENGTH_KEYS, type Explanation } from "../explanations";
import { PLACE_TENTHS } from "../formulas";
import type { Seeker, Vacancy } from "../types";
import type { PartOutcome } from "./outcome";

/**
 * Returns why the pair must not be scored: a closed vacancy, or a work mode, hours type or place
 * the seeker did not accept. Empty when the pair is eligible. These come only from the seeker's
 * own choices and the vacancy status. Nothing about disability excludes a pair.
 */
export function findExclusions(seeker: Seeker, vacancy: Vacancy): Explanation[] {
  const exclusions: Explanation[] = [];

  if (!vacancy.isOpen) {
    exclusions.push({ key: EXCLUSION_KEYS.vacancyClosed, params: {} });
  }
  if (seeker.workModes.length > 0 && !seeker.workModes.includes(vacancy.workMode)) {
    exclusions.push({ key: EXCLUSION_KEYS.workModeNotAccepted, params: { workMode: vacancy.workMode } });
  }
  if (seeker.hoursTypes.length > 0 && !seeker.hoursTypes.includes(vacancy.hoursType)) {
    exclusions.push({ key: EXCLUSION_KEYS.hoursNotAccepted, params: { hoursType: vacancy.hoursType } });
  }
  if (!isWithinPlaceScope(seeker, vacancy)) {
    exclusions.push({
      key: EXCLUSION_KEYS.placeOutsideScope,
      params: { scope: seeker.placeScope, city: vacancy.cityCode, province: vacancy.provinceCode },
    });
  }

  return exclusions;
}

/** Remote vacancies fit every scope, but onsite and hybrid ones must lie within the seeker's scope. */
function isWithinPlaceScope(seeker: Seeker, vacancy: Vacancy): boolean {
  if (vacancy.workMode === "remote") {
    return true;
  }
  switch (seeker.placeScope) {
    case "city":
      return vacancy.cityCode === seeker.cityCode;
    case "province":
      return vacancy.provinceCode === seeker.provinceCode;
    case "anywhere":
      return true;
  }
}

/**
 * Scores the place-and-work-mode part of an eligible pair. The work mode is already accepted, so
 * only distance varies: remote or the home kabupaten/kota 15, another kabupaten/kota of the home
 * province 10, another province 5.
 */
export function scorePlace(seeker: Seeker, vacancy: Vacancy): PartOutcome {
  if (vacancy.workMode === "remote") {
    return {
      tenths: PLACE_TENTHS.sameCityOrRemote,
      strengths: [{ key: STRENGTH_KEYS.placeRemote, params: {} }],
      gaps: [],
    };
  }

  if (vacancy.cityCode === seeker.cityCode) {
    return {
      tenths: PLACE_TENTHS.sameCityOrRemote,
      strengths: [{ key: STRENGTH_KEYS.placeSameCity, params: { city: vacancy.cityCode } }],
      gaps: [],
    };
  }

  const params = { city: vacancy.cityCode, province: vacancy.provinceCode };
  if (vacancy.provinceCode === seeker.provinceCode) {
    return { tenths: PLACE_TENTHS.sameProvince, strengths: [], gaps: [{ key: GAP_KEYS.placeOtherCity, params }] };
  }
  return { tenths: PLACE_TENTHS.otherProvince, strengths: [], gaps: [{ key: GAP_KEYS.placeOtherProvince, params }] };
}
