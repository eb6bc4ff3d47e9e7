import { GAP_KEYS, STRENGTH_KEYS, type Explanation } from "../explanations";
import { accommodationTenths } from "../formulas";
import type { Seeker, Vacancy } from "../types";
import type { PartOutcome } from "./outcome";

/**
 * Scores the accommodation-fit part: the share of the seeker's distinct needs that the vacancy
 * offers. Each offered need is a strength and each other need a gap. No needs gives the full part.
 */
export function scoreAccommodationFit(seeker: Seeker, vacancy: Vacancy): PartOutcome {
  const offered = new Set(vacancy.accommodationsOffered);
  const needs = new Set(seeker.accommodationNeeds);
  const strengths: Explanation[] = [];
  const gaps: Explanation[] = [];

  for (const accommodation of needs) {
    if (offered.has(accommodation)) {
      strengths.push({ key: STRENGTH_KEYS.accommodationOffered, params: { accommodation } });
    } else {
      gaps.push({ key: GAP_KEYS.accommodationNotOffered, params: { accommodation } });
    }
  }

  return { tenths: accommodationTenths(strengths.length, needs.size), strengths, gaps };
}
