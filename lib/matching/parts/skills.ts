import { GAP_KEYS, STRENGTH_KEYS, type Explanation } from "../explanations";
import {
  FULL_SKILL_CREDIT,
  PREFERRED_SKILL_WEIGHT,
  REQUIRED_SKILL_WEIGHT,
  skillCreditSixths,
  skillsTenths,
} from "../formulas";
import type { Seeker, Vacancy } from "../types";
import type { PartOutcome } from "./outcome";

/**
 * Scores the skills part. Each listed skill earns its weight (2 required, 1 preferred) times the
 * credit of the seeker's level against the minimum. Seeker skills the vacancy does not list are
 * ignored, and a vacancy that lists no skills gives the full part.
 */
export function scoreSkills(seeker: Seeker, vacancy: Vacancy): PartOutcome {
  const levelBySkill = new Map(seeker.skills.map((skill) => [skill.skillId, skill.level]));
  const strengths: Explanation[] = [];
  const gaps: Explanation[] = [];
  let earnedCredit = 0;
  let maxCredit = 0;

  const lists = [
    { skills: vacancy.requiredSkills, weight: REQUIRED_SKILL_WEIGHT, requirement: "required" },
    { skills: vacancy.preferredSkills, weight: PREFERRED_SKILL_WEIGHT, requirement: "preferred" },
  ];
  for (const { skills, weight, requirement } of lists) {
    for (const { skillId, minLevel } of skills) {
      const level = levelBySkill.get(skillId) ?? 0;
      earnedCredit += weight * skillCreditSixths(level, minLevel);
      maxCredit += weight * FULL_SKILL_CREDIT;

      if (level >= minLevel) {
        strengths.push({ key: STRENGTH_KEYS.skillMatched, params: { skill: skillId, level, minLevel, requirement } });
      } else if (level > 0) {
        gaps.push({ key: GAP_KEYS.skillBelowLevel, params: { skill: skillId, level, minLevel, requirement } });
      } else {
        gaps.push({ key: GAP_KEYS.skillMissing, params: { skill: skillId, minLevel, requirement } });
      }
    }
  }

  if (maxCredit === 0) {
    strengths.push({ key: STRENGTH_KEYS.noSkillsListed, params: {} });
  }
  return { tenths: skillsTenths(earnedCredit, maxCredit), strengths, gaps };
}
