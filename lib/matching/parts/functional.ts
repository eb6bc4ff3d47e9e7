import { domainBit, type MatchingContext } from "../context";
import { GAP_KEYS, STRENGTH_KEYS, type Explanation } from "../explanations";
import { functionalTenths, HIGH_DEMAND_WEIGHT, SOME_DEMAND_WEIGHT } from "../formulas";
import type { DemandLevel, DifficultyLevel, FunctioningDomain, Seeker, Vacancy } from "../types";
import type { PartOutcome } from "./outcome";

/**
 * Returns whether a job-function demand conflicts with the seeker's reported difficulty. A "some"
 * demand conflicts with "a_lot" and "cannot", and a "high" demand also with "some". An
 * undisclosed domain (undefined) is no information and never a gap.
 */
export function isFunctionalGap(demand: DemandLevel, difficulty: DifficultyLevel | undefined): boolean {
  if (difficulty === undefined || difficulty === "none") {
    return false;
  }
  return demand === "high" || difficulty !== "some";
}

/**
 * Scores the functional-fit part. Every demand carries a weight (1 "some", 2 "high"), and the
 * part is the share of weight without an uncovered gap. A gap is covered when an offered
 * accommodation covers its domain in the catalogue. An uncovered gap is an accommodation to
 * discuss, never a rejection. A vacancy without demands gives the full part.
 */
export function scoreFunctionalFit(context: MatchingContext, seeker: Seeker, vacancy: Vacancy): PartOutcome {
  const strengths: Explanation[] = [];
  const gaps: Explanation[] = [];
  let totalWeight = 0;
  let uncoveredWeight = 0;

  for (const jobFunction of vacancy.essentialFunctions) {
    for (const demand of jobFunction.demands) {
      const weight = demand.level === "high" ? HIGH_DEMAND_WEIGHT : SOME_DEMAND_WEIGHT;
      totalWeight += weight;
      const difficulty = seeker.functioning[demand.domain];
      if (difficulty === undefined || !isFunctionalGap(demand.level, difficulty)) {
        continue;
      }

      const params = { function: jobFunction.id, domain: demand.domain, demand: demand.level, difficulty };
      const accommodation = findCoveringAccommodation(context, vacancy, demand.domain);
      if (accommodation === undefined) {
        uncoveredWeight += weight;
        gaps.push({ key: GAP_KEYS.accommodationToDiscuss, params });
      } else {
        strengths.push({ key: STRENGTH_KEYS.functionCovered, params: { ...params, accommodation } });
      }
    }
  }

  return { tenths: functionalTenths(uncoveredWeight, totalWeight), strengths, gaps };
}

/** Returns the first offered accommodation, in catalogue order, that covers `domain`. */
function findCoveringAccommodation(
  context: MatchingContext,
  vacancy: Vacancy,
  domain: FunctioningDomain,
): string | undefined {
  const bit = domainBit(domain);
  let bestPosition = Number.POSITIVE_INFINITY;
  for (const offer of vacancy.accommodationsOffered) {
    const position = context.accommodationIndex.get(offer);
    if (position !== undefined && (context.accommodationDomainMask[position] & bit) !== 0) {
      bestPosition = Math.min(bestPosition, position);
    }
  }
  return Number.isFinite(bestPosition) ? context.accommodationIds[bestPosition] : undefined;
}
