// Weighted skill credit of a prepared pair: the sum, over skills that both the vacancy lists and
// the seeker holds, of weight times skillCreditSixths(level, minimum). Each ranking direction
// makes the fixed side dense, so the loop walks the short list of the varying side:
//   - vacancies for one seeker: the seeker's levels in a table by skill number, walking each
//     vacancy's skills,
//   - seekers for one vacancy: the vacancy's skill slots in a table by skill number, walking each
//     seeker's skills.
// Both give the same integer, which a property test checks. Tables are all zero between uses.
import { FULL_SKILL_CREDIT, skillCreditSixths } from "../formulas";
import { MAX_SKILL_LEVEL } from "../types";
import type { PreparedSeekers } from "./seekers";
import type { PreparedVacancies } from "./vacancies";

/** skillCreditSixths for level 0..3 (0 = absent) and minimum 1..3, indexed level * 4 + minimum. */
const CREDIT_TABLE = new Uint8Array(4 * (MAX_SKILL_LEVEL + 1));
for (let level = 0; level <= MAX_SKILL_LEVEL; level++) {
  for (let minimum = 1; minimum <= MAX_SKILL_LEVEL; minimum++) {
    CREDIT_TABLE[level * 4 + minimum] = skillCreditSixths(level, minimum);
  }
}

/** Writes the levels of seeker row `s` into `levelBySkill` (indexed by skill number). */
export function loadSkillLevels(levelBySkill: Uint8Array, seekers: PreparedSeekers, s: number): void {
  const end = seekers.skillStart[s + 1];
  for (let i = seekers.skillStart[s]; i < end; i++) {
    levelBySkill[seekers.skillIndex[i]] = seekers.skillLevel[i];
  }
}

/** Zeroes what loadSkillLevels wrote for row `s`. */
export function clearSkillLevels(levelBySkill: Uint8Array, seekers: PreparedSeekers, s: number): void {
  const end = seekers.skillStart[s + 1];
  for (let i = seekers.skillStart[s]; i < end; i++) {
    levelBySkill[seekers.skillIndex[i]] = 0;
  }
}

/** Returns the credit of vacancy row `v` for the seeker whose levels are loaded. */
export function creditFromSeekerLevels(levelBySkill: Uint8Array, vacancies: PreparedVacancies, v: number): number {
  const { skillIndex, skillMinLevel, skillWeight } = vacancies;
  const end = vacancies.skillStart[v + 1];
  let earned = 0;
  for (let i = vacancies.skillStart[v]; i < end; i++) {
    const level = levelBySkill[skillIndex[i]];
    const minimum = skillMinLevel[i];
    earned += skillWeight[i] * (level >= minimum ? FULL_SKILL_CREDIT : CREDIT_TABLE[level * 4 + minimum]);
  }
  return earned;
}

/**
 * Writes, for each skill of vacancy row `v`, its entry number plus one into `slotBySkill`
 * (indexed by skill number), so 0 means the vacancy does not list the skill.
 */
export function loadSkillSlots(slotBySkill: Int32Array, vacancies: PreparedVacancies, v: number): void {
  const end = vacancies.skillStart[v + 1];
  for (let i = vacancies.skillStart[v]; i < end; i++) {
    slotBySkill[vacancies.skillIndex[i]] = i + 1;
  }
}

/** Returns the credit of seeker row `s` for the vacancy whose slots are loaded. */
export function creditFromVacancySlots(
  slotBySkill: Int32Array,
  vacancies: PreparedVacancies,
  seekers: PreparedSeekers,
  s: number,
): number {
  const { skillMinLevel, skillWeight } = vacancies;
  const end = seekers.skillStart[s + 1];
  let earned = 0;
  for (let i = seekers.skillStart[s]; i < end; i++) {
    const slot = slotBySkill[seekers.skillIndex[i]];
    if (slot !== 0) {
      const level = seekers.skillLevel[i];
      const minimum = skillMinLevel[slot - 1];
      earned += skillWeight[slot - 1] * (level >= minimum ? FULL_SKILL_CREDIT : CREDIT_TABLE[level * 4 + minimum]);
    }
  }
  return earned;
}
