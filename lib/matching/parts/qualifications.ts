import { GAP_KEYS, STRENGTH_KEYS, type Explanation } from "../explanations";
import { educationTenths, experienceTenths } from "../formulas";
import { EDUCATION_LEVELS, type Seeker, type Vacancy } from "../types";
import type { PartOutcome } from "./outcome";

/**
 * Scores the education-and-experience part: 5 points for education and 5 for experience. Each
 * is full at or above the vacancy minimum and proportional below it (level index over minimum
 * index, years over minimum years). A zero minimum gives full points and no explanation.
 */
export function scoreQualifications(seeker: Seeker, vacancy: Vacancy): PartOutcome {
  const strengths: Explanation[] = [];
  const gaps: Explanation[] = [];

  const seekerIndex = EDUCATION_LEVELS.indexOf(seeker.education);
  const minimumIndex = EDUCATION_LEVELS.indexOf(vacancy.minEducation);
  const education = { education: seeker.education, minimum: vacancy.minEducation };
  if (minimumIndex > 0) {
    if (seekerIndex >= minimumIndex) {
      strengths.push({ key: STRENGTH_KEYS.educationMet, params: education });
    } else {
      gaps.push({ key: GAP_KEYS.educationBelowMinimum, params: education });
    }
  }

  const years = seeker.experienceYears;
  const minimum = vacancy.minExperienceYears;
  if (minimum > 0) {
    if (years >= minimum) {
      strengths.push({ key: STRENGTH_KEYS.experienceMet, params: { years, minimum } });
    } else {
      gaps.push({ key: GAP_KEYS.experienceBelowMinimum, params: { years, minimum } });
    }
  }

  const tenths = educationTenths(seekerIndex, minimumIndex) + experienceTenths(years, minimum);
  return { tenths, strengths, gaps };
}
