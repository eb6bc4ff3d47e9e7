import type { MatchingContext } from "./context";
import { seekerViewFor } from "./disclosure";
import { MatchingInputError } from "./errors";
import type { MatchResult } from "./explanations";
import { isExcludedRowPair, NON_SKILL_MAX_TENTHS, scoreEligibleRow, skillsRowTenths } from "./prepared/kernel";
import { prepareSeekers, type PreparedSeekers } from "./prepared/seekers";
import {
  creditFromSeekerLevels,
  creditFromVacancySlots,
  loadSkillLevels,
  loadSkillSlots,
} from "./prepared/skill-credit";
import { prepareVacancies, type PreparedVacancies } from "./prepared/vacancies";
import { scoreValidatedPair } from "./score-pair";
import { TopK } from "./top-k";
import type { Audience, Seeker, Vacancy } from "./types";
import { requireAudience, requireResultCount } from "./validation/options";

export interface RankOptions {
  /** Number of results to keep. */
  k: number;
  audience: Audience;
}

/**
 * Returns the best `k` open vacancies for a seeker, best first (score descending, then vacancy id
 * ascending), with explanations. Excluded pairs are skipped. Pass prepared vacancies to reuse
 * them across seekers, because a plain array is validated and prepared on every call.
 */
export function rankVacanciesForSeeker(
  context: MatchingContext,
  seeker: Seeker,
  vacancies: PreparedVacancies | readonly Vacancy[],
  options: RankOptions,
): MatchResult[] {
  const audience = requireAudience(options);
  const k = requireResultCount(options);
  const prepared = isVacancyArray(vacancies) ? prepareVacancies(context, vacancies) : vacancies;
  requireSameContext(context, prepared, "vacancies");
  const single = prepareSeekers(context, [seeker], { audience });

  if (k === 0) {
    return [];
  }

  const levelBySkill = new Uint8Array(context.skillIndex.size);
  loadSkillLevels(levelBySkill, single, 0);
  const top = new TopK(Math.min(k, prepared.count));
  const { count, idRank } = prepared;
  let minimumTenths = 0;
  for (let v = 0; v < count; v++) {
    if (isExcludedRowPair(single, 0, prepared, v)) {
      continue;
    }
    const skillTenths = skillsRowTenths(prepared, v, creditFromSeekerLevels(levelBySkill, prepared, v));
    if (skillTenths + NON_SKILL_MAX_TENTHS < minimumTenths) {
      continue;
    }
    const tenths = scoreEligibleRow(single, 0, prepared, v, skillTenths);
    top.offer(rankKey(tenths, idRank[v], count), v);
    minimumTenths = admissionTenths(top, count);
  }

  const view = seekerViewFor(seeker, audience);
  return top
    .entriesDescending()
    .map(({ key, item }) => explainKept(context, view, prepared.sources[item], Math.floor(key / count)));
}

/**
 * Returns the best `k` seekers for a vacancy, best first (score descending, then seeker id
 * ascending), with explanations. Prepared seekers must have been prepared for the same audience,
 * so an employer ranking can never use profiles prepared for officers.
 */
export function rankSeekersForVacancy(
  context: MatchingContext,
  vacancy: Vacancy,
  seekers: PreparedSeekers | readonly Seeker[],
  options: RankOptions,
): MatchResult[] {
  const audience = requireAudience(options);
  const k = requireResultCount(options);
  const prepared = isSeekerArray(seekers) ? prepareSeekers(context, seekers, { audience }) : seekers;
  requireSameContext(context, prepared, "seekers");
  if (prepared.audience !== audience) {
    throw new MatchingInputError(
      "audience_mismatch",
      "options.audience",
      `seekers were prepared for audience "${prepared.audience}" but the ranking is for "${audience}"; prepare them for "${audience}"`,
    );
  }
  const single = prepareVacancies(context, [vacancy]);
  if (k === 0) {
    return [];
  }

  const slotBySkill = new Int32Array(context.skillIndex.size);
  loadSkillSlots(slotBySkill, single, 0);
  const top = new TopK(Math.min(k, prepared.count));
  const { count, idRank } = prepared;
  let minimumTenths = 0;
  for (let s = 0; s < count; s++) {
    if (isExcludedRowPair(prepared, s, single, 0)) {
      continue;
    }
    const skillTenths = skillsRowTenths(single, 0, creditFromVacancySlots(slotBySkill, single, prepared, s));
    if (skillTenths + NON_SKILL_MAX_TENTHS < minimumTenths) {
      continue;
    }
    const tenths = scoreEligibleRow(prepared, s, single, 0, skillTenths);
    top.offer(rankKey(tenths, idRank[s], count), s);
    minimumTenths = admissionTenths(top, count);
  }

  return top
    .entriesDescending()
    .map(({ key, item }) =>
      explainKept(context, seekerViewFor(prepared.sources[item], audience), vacancy, Math.floor(key / count)),
    );
}

/**
 * Returns the lowest score in tenths that can still enter the top k. A pair whose skills part
 * plus the maximum of the other parts stays below it is skipped without scoring the rest, which
 * changes no result because its key would be below the smallest kept key.
 */
function admissionTenths(top: TopK, count: number): number {
  return top.isFull ? Math.floor(top.smallestKey / count) : 0;
}

/**
 * Folds score and id order into one number: a higher score wins, then a lower id rank. Exact
 * while 1001 * count stays below 2^53.
 */
function rankKey(tenths: number, idRank: number, count: number): number {
  return tenths * count + (count - 1 - idRank);
}

/**
 * Builds the explained result of a kept pair with the plain scorer. The fast path and the plain
 * scorer must agree. A disagreement is a library bug, so it throws rather than show a score
 * that contradicts the order.
 */
function explainKept(context: MatchingContext, seeker: Seeker, vacancy: Vacancy, tenths: number): MatchResult {
  const result = scoreValidatedPair(context, seeker, vacancy);
  if (!result.eligible || result.score !== tenths / 10) {
    throw new Error(
      `matching fast path and plain scorer disagree for seeker ${seeker.id} and vacancy ${vacancy.id}: ${tenths / 10} vs ${result.eligible ? result.score : "excluded"}`,
    );
  }
  const { seekerId, vacancyId, score, parts, strengths, gaps } = result;
  return { seekerId, vacancyId, score, parts, strengths, gaps };
}

function requireSameContext(context: MatchingContext, prepared: { context: MatchingContext }, field: string): void {
  if ((prepared as { context?: unknown } | null)?.context !== context) {
    throw new MatchingInputError(
      "invalid_argument",
      field,
      "prepared data belongs to another matching context; prepare it with the context passed to the ranking",
    );
  }
}

function isVacancyArray(value: PreparedVacancies | readonly Vacancy[]): value is readonly Vacancy[] {
  return Array.isArray(value);
}

function isSeekerArray(value: PreparedSeekers | readonly Seeker[]): value is readonly Seeker[] {
  return Array.isArray(value);
}
