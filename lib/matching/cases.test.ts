import { describe, expect, test } from "vitest";

import { rankSeekersForVacancy, rankVacanciesForSeeker } from "./rank";
import { scorePair } from "./score-pair";
import { PAIR_CASES, SEEKER_ORDERING_CASES, VACANCY_ORDERING_CASES } from "./testing/cases.data";
import { makeSeeker, makeTestContext, makeVacancy, requireScored } from "./testing/fixtures";

describe("scorePair cases", () => {
  test("table has at least 25 cases", () => {
    expect(PAIR_CASES.length).toBeGreaterThanOrEqual(25);
  });

  for (const pairCase of PAIR_CASES) {
    test(pairCase.name, () => {
      const context = makeTestContext();
      const result = scorePair(context, makeSeeker(pairCase.seeker), makeVacancy(pairCase.vacancy), {
        audience: pairCase.audience,
      });
      const { expected } = pairCase;

      if ("exclusions" in expected) {
        expect(result.eligible).toBe(false);
        expect(result.eligible ? [] : result.exclusions).toEqual(expected.exclusions);
        return;
      }

      const match = requireScored(result);
      expect(match.parts.map((part) => part.points)).toEqual(expected.parts);
      expect(match.score).toBe(expected.score);
      expect(match.strengths).toEqual(expected.strengths);
      expect(match.gaps).toEqual(expected.gaps);
    });
  }
});

describe("score recomputation", () => {
  test("score equals sum of parts", () => {
    const context = makeTestContext();
    for (const pairCase of PAIR_CASES) {
      const result = scorePair(context, makeSeeker(pairCase.seeker), makeVacancy(pairCase.vacancy), {
        audience: pairCase.audience,
      });
      if (result.eligible) {
        const sumTenths = result.parts.reduce((sum, part) => sum + Math.round(part.points * 10), 0);
        expect(sumTenths, pairCase.name).toBe(Math.round(result.score * 10));
      }
    }
  });

  test("parts carry key and params", () => {
    const result = requireScored(scorePair(makeTestContext(), makeSeeker(), makeVacancy(), { audience: "seeker" }));
    expect(result.parts).toEqual([
      { part: "skills", key: "matching.part.skills", params: { points: 40, maxPoints: 40 }, points: 40, maxPoints: 40 },
      { part: "functionalFit", key: "matching.part.functionalFit", params: { points: 20, maxPoints: 20 }, points: 20, maxPoints: 20 },
      { part: "accommodationFit", key: "matching.part.accommodationFit", params: { points: 15, maxPoints: 15 }, points: 15, maxPoints: 15 },
      { part: "placeAndWorkMode", key: "matching.part.placeAndWorkMode", params: { points: 15, maxPoints: 15 }, points: 15, maxPoints: 15 },
      {
        part: "educationAndExperience",
        key: "matching.part.educationAndExperience",
        params: { points: 10, maxPoints: 10 },
        points: 10,
        maxPoints: 10,
      },
    ]);
  });
});

describe("ranking cases", () => {
  for (const orderingCase of VACANCY_ORDERING_CASES) {
    test(`vacancies: ${orderingCase.name}`, () => {
      const context = makeTestContext();
      const vacancies = orderingCase.vacancies.map((overrides) => makeVacancy(overrides));
      const ranked = rankVacanciesForSeeker(context, makeSeeker(orderingCase.seeker), vacancies, {
        k: 10,
        audience: "seeker",
      });
      expect(ranked.map((result) => result.vacancyId)).toEqual(orderingCase.expectedOrder);
    });
  }

  for (const orderingCase of SEEKER_ORDERING_CASES) {
    test(`seekers: ${orderingCase.name}`, () => {
      const context = makeTestContext();
      const seekers = orderingCase.seekers.map((overrides) => makeSeeker(overrides));
      const ranked = rankSeekersForVacancy(context, makeVacancy(orderingCase.vacancy), seekers, {
        k: 10,
        audience: orderingCase.audience,
      });
      expect(ranked.map((result) => result.seekerId)).toEqual(orderingCase.expectedOrder);
    });
  }
});
