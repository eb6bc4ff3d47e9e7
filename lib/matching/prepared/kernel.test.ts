import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { scorePair } from "../score-pair";
import { audienceArbitrary, seekerListArbitrary, vacancyListArbitrary } from "../testing/arbitraries";
import { makeTestContext } from "../testing/fixtures";
import type { Audience, Seeker, Vacancy } from "../types";
import { isExcludedRowPair, scoreEligibleRow, skillsRowTenths } from "./kernel";
import { prepareSeekers, type PreparedSeekers } from "./seekers";
import {
  clearSkillLevels,
  creditFromSeekerLevels,
  creditFromVacancySlots,
  loadSkillLevels,
  loadSkillSlots,
} from "./skill-credit";
import { prepareVacancies, type PreparedVacancies } from "./vacancies";

/** Composes the prepared pair score as the rankings do, from a given skill credit. */
function scoreRow(seekers: PreparedSeekers, s: number, vacancies: PreparedVacancies, v: number, credit: () => number) {
  if (isExcludedRowPair(seekers, s, vacancies, v)) {
    return "excluded";
  }
  return scoreEligibleRow(seekers, s, vacancies, v, skillsRowTenths(vacancies, v, credit())) / 10;
}

/** Scores every pair with both prepared routes and the plain scorer; "excluded" for filtered pairs. */
function scoreAllPairs(seekers: Seeker[], vacancies: Vacancy[], audience: Audience) {
  const context = makeTestContext();
  const preparedVacancies = prepareVacancies(context, vacancies);
  const preparedSeekers = prepareSeekers(context, seekers, { audience });
  const levelBySkill = new Uint8Array(context.skillIndex.size);
  const pairs: { bySeekerLevels: number | string; byVacancySlots: number | string; plain: number | string }[] = [];

  seekers.forEach((seeker, s) => {
    loadSkillLevels(levelBySkill, preparedSeekers, s);
    vacancies.forEach((vacancy, v) => {
      const slotBySkill = new Int32Array(context.skillIndex.size);
      loadSkillSlots(slotBySkill, preparedVacancies, v);
      const plain = scorePair(context, seeker, vacancy, { audience });
      pairs.push({
        bySeekerLevels: scoreRow(preparedSeekers, s, preparedVacancies, v, () =>
          creditFromSeekerLevels(levelBySkill, preparedVacancies, v),
        ),
        byVacancySlots: scoreRow(preparedSeekers, s, preparedVacancies, v, () =>
          creditFromVacancySlots(slotBySkill, preparedVacancies, preparedSeekers, s),
        ),
        plain: plain.eligible ? plain.score : "excluded",
      });
    });
    clearSkillLevels(levelBySkill, preparedSeekers, s);
  });
  return { pairs, levelBySkill };
}

describe("prepared pair score", () => {
  test("seeker levels equal plain scorer", () => {
    fc.assert(
      fc.property(seekerListArbitrary(8), vacancyListArbitrary(8), audienceArbitrary, (seekers, vacancies, audience) => {
        for (const pair of scoreAllPairs(seekers, vacancies, audience).pairs) {
          expect(pair.bySeekerLevels).toBe(pair.plain);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("vacancy slots equal seeker levels", () => {
    fc.assert(
      fc.property(seekerListArbitrary(8), vacancyListArbitrary(8), audienceArbitrary, (seekers, vacancies, audience) => {
        for (const pair of scoreAllPairs(seekers, vacancies, audience).pairs) {
          expect(pair.byVacancySlots).toBe(pair.bySeekerLevels);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("level table cleared after use", () => {
    fc.assert(
      fc.property(seekerListArbitrary(8), vacancyListArbitrary(2), (seekers, vacancies) => {
        const { levelBySkill } = scoreAllPairs(seekers, vacancies, "officer");
        expect(levelBySkill.every((level) => level === 0)).toBe(true);
      }),
    );
  });
});
