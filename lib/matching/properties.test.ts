import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { toEmployerView } from "./disclosure";
import { compareIds } from "./prepared/encoding";
import type { PairResult } from "./explanations";
import { PART_MAX_POINTS } from "./formulas";
import { rankSeekersForVacancy, rankVacanciesForSeeker } from "./rank";
import { scorePair } from "./score-pair";
import {
  audienceArbitrary,
  seekerArbitrary,
  seekerListArbitrary,
  vacancyArbitrary,
  vacancyListArbitrary,
} from "./testing/arbitraries";
import { makeTestContext, TEST_CATALOGUE } from "./testing/fixtures";
import { DISABILITY_TYPES, type Audience, type Seeker, type Vacancy } from "./types";

function scoreOf(result: PairResult): number | "excluded" {
  return result.eligible ? result.score : "excluded";
}

function score(seeker: Seeker, vacancy: Vacancy, audience: Audience): number | "excluded" {
  return scoreOf(scorePair(makeTestContext(), seeker, vacancy, { audience }));
}

/** Expected ranking by brute force: score every pair, sort by score descending then id ascending. */
function bruteForceOrder(entries: { id: string; score: number | "excluded" }[], k: number): { id: string; score: number }[] {
  return entries
    .filter((entry): entry is { id: string; score: number } => entry.score !== "excluded")
    .sort((a, b) => b.score - a.score || compareIds(a.id, b.id))
    .slice(0, k);
}

describe("score properties", () => {
  test("score within 0..100", () => {
    fc.assert(
      fc.property(seekerArbitrary, vacancyArbitrary, audienceArbitrary, (seeker, vacancy, audience) => {
        const result = scorePair(makeTestContext(), seeker, vacancy, { audience });
        if (!result.eligible) {
          expect(result.exclusions.length).toBeGreaterThan(0);
          return;
        }
        expect(Number.isFinite(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const part of result.parts) {
          expect(Number.isFinite(part.points)).toBe(true);
          expect(part.points).toBeGreaterThanOrEqual(0);
          expect(part.points).toBeLessThanOrEqual(PART_MAX_POINTS[part.part]);
          expect(Math.round(part.points * 10)).toBeCloseTo(part.points * 10, 9);
        }
      }),
    );
  });

  test("score is deterministic", () => {
    fc.assert(
      fc.property(seekerArbitrary, vacancyArbitrary, audienceArbitrary, (seeker, vacancy, audience) => {
        const first = scorePair(makeTestContext(), seeker, vacancy, { audience });
        const context = makeTestContext();
        scorePair(context, seeker, vacancy, { audience });
        expect(scorePair(context, seeker, vacancy, { audience })).toEqual(first);
      }),
    );
  });

  test("added held required skill never lowers", () => {
    fc.assert(
      fc.property(
        seekerArbitrary,
        vacancyArbitrary,
        audienceArbitrary,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (seeker, vacancy, audience, levelA, levelB) => {
          const level = Math.max(levelA, levelB);
          const minLevel = Math.min(levelA, levelB);
          const before = score(seeker, vacancy, audience);
          const newSkill = "added-skill";
          const withSkill = score(
            { ...seeker, skills: [...seeker.skills, { skillId: newSkill, level }] },
            { ...vacancy, requiredSkills: [...vacancy.requiredSkills, { skillId: newSkill, minLevel }] },
            audience,
          );
          if (before === "excluded") {
            expect(withSkill).toBe("excluded");
          } else {
            expect(withSkill).not.toBe("excluded");
            expect(withSkill as number).toBeGreaterThanOrEqual(before);
          }
        },
      ),
    );
  });

  test("one more accommodation never lowers", () => {
    fc.assert(
      fc.property(
        seekerArbitrary,
        vacancyArbitrary,
        audienceArbitrary,
        fc.constantFrom(...TEST_CATALOGUE.map((entry) => entry.id)),
        (seeker, vacancy, audience, extra) => {
          const before = score(seeker, vacancy, audience);
          const after = score(seeker, { ...vacancy, accommodationsOffered: [...vacancy.accommodationsOffered, extra] }, audience);
          if (before === "excluded") {
            expect(after).toBe("excluded");
          } else {
            expect(after as number).toBeGreaterThanOrEqual(before);
          }
        },
      ),
    );
  });

  test("disability types never change result", () => {
    fc.assert(
      fc.property(
        seekerArbitrary,
        vacancyArbitrary,
        audienceArbitrary,
        fc.subarray([...DISABILITY_TYPES]),
        (seeker, vacancy, audience, otherTypes) => {
          const context = makeTestContext();
          const original = scorePair(context, seeker, vacancy, { audience });
          const changed = scorePair(context, { ...seeker, disabilityTypes: otherTypes }, vacancy, { audience });
          expect(changed).toEqual(original);
        },
      ),
    );
  });

  test("employer score ignores hidden parts", () => {
    fc.assert(
      fc.property(seekerArbitrary, seekerArbitrary, vacancyArbitrary, (seeker, other, vacancy) => {
        const hidden = { ...seeker, disclosure: { functioning: false, accommodationNeeds: false, disabilityTypes: false } };
        const changedHidden = { ...hidden, functioning: other.functioning, accommodationNeeds: other.accommodationNeeds };
        expect(score(changedHidden, vacancy, "employer")).toEqual(score(hidden, vacancy, "employer"));
        expect(score(hidden, vacancy, "employer")).toEqual(score(toEmployerView(hidden), vacancy, "officer"));
      }),
    );
  });
});

describe("ranking properties", () => {
  test("vacancy top-k equals sorted prefix", () => {
    fc.assert(
      fc.property(
        seekerArbitrary,
        vacancyListArbitrary(30),
        audienceArbitrary,
        fc.integer({ min: 0, max: 12 }),
        (seeker, vacancies, audience, k) => {
          const ranked = rankVacanciesForSeeker(makeTestContext(), seeker, vacancies, { k, audience });
          const expected = bruteForceOrder(
            vacancies.map((vacancy) => ({ id: vacancy.id, score: score(seeker, vacancy, audience) })),
            k,
          );
          expect(ranked.map((result) => ({ id: result.vacancyId, score: result.score }))).toEqual(expected);
        },
      ),
    );
  });

  test("seeker top-k equals sorted prefix", () => {
    fc.assert(
      fc.property(
        vacancyArbitrary,
        seekerListArbitrary(30),
        audienceArbitrary,
        fc.integer({ min: 0, max: 12 }),
        (vacancy, seekers, audience, k) => {
          const ranked = rankSeekersForVacancy(makeTestContext(), vacancy, seekers, { k, audience });
          const expected = bruteForceOrder(
            seekers.map((seeker) => ({ id: seeker.id, score: score(seeker, vacancy, audience) })),
            k,
          );
          expect(ranked.map((result) => ({ id: result.seekerId, score: result.score }))).toEqual(expected);
        },
      ),
    );
  });

  // With every pair eligible and a small k the heap fills early, so the rankings skip many pairs
  // by their skills part. These cases check that skipping never drops a pair from the top k.
  test("vacancy top-k with all eligible", () => {
    fc.assert(
      fc.property(
        seekerArbitrary,
        vacancyListArbitrary(40),
        audienceArbitrary,
        fc.integer({ min: 1, max: 5 }),
        (anySeeker, anyVacancies, audience, k) => {
          const seeker = { ...anySeeker, workModes: [], hoursTypes: [], placeScope: "anywhere" as const };
          const vacancies = anyVacancies.map((vacancy) => ({ ...vacancy, isOpen: true }));
          const ranked = rankVacanciesForSeeker(makeTestContext(), seeker, vacancies, { k, audience });
          const expected = bruteForceOrder(
            vacancies.map((vacancy) => ({ id: vacancy.id, score: score(seeker, vacancy, audience) })),
            k,
          );
          expect(ranked.map((result) => ({ id: result.vacancyId, score: result.score }))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("seeker top-k with all eligible", () => {
    fc.assert(
      fc.property(
        vacancyArbitrary,
        seekerListArbitrary(40),
        audienceArbitrary,
        fc.integer({ min: 1, max: 5 }),
        (anyVacancy, anySeekers, audience, k) => {
          const vacancy = { ...anyVacancy, isOpen: true };
          const seekers = anySeekers.map((seeker) => ({ ...seeker, workModes: [], hoursTypes: [], placeScope: "anywhere" as const }));
          const ranked = rankSeekersForVacancy(makeTestContext(), vacancy, seekers, { k, audience });
          const expected = bruteForceOrder(
            seekers.map((seeker) => ({ id: seeker.id, score: score(seeker, vacancy, audience) })),
            k,
          );
          expect(ranked.map((result) => ({ id: result.seekerId, score: result.score }))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("both directions give same result", () => {
    fc.assert(
      fc.property(seekerListArbitrary(6), vacancyListArbitrary(6), audienceArbitrary, (seekers, vacancies, audience) => {
        const context = makeTestContext();
        const bySeeker = new Map<string, unknown>();
        for (const seeker of seekers) {
          for (const result of rankVacanciesForSeeker(context, seeker, vacancies, { k: vacancies.length, audience })) {
            bySeeker.set(`${result.seekerId}|${result.vacancyId}`, result);
          }
        }
        const byVacancy = new Map<string, unknown>();
        for (const vacancy of vacancies) {
          for (const result of rankSeekersForVacancy(context, vacancy, seekers, { k: seekers.length, audience })) {
            byVacancy.set(`${result.seekerId}|${result.vacancyId}`, result);
          }
        }
        expect(byVacancy).toEqual(bySeeker);
      }),
    );
  });

  test("generators reach every branch", () => {
    // Guards the generators: the properties above prove little if pairs were rarely eligible
    // or never had partial parts.
    const context = makeTestContext();
    const samples = fc.sample(fc.tuple(seekerArbitrary, vacancyArbitrary), { numRuns: 2000, seed: 42 });
    const results = samples.map(([seeker, vacancy]) => scorePair(context, seeker, vacancy, { audience: "officer" }));
    const scored = results.filter((result) => result.eligible);
    expect(scored.length).toBeGreaterThan(200);
    for (const part of Object.keys(PART_MAX_POINTS) as (keyof typeof PART_MAX_POINTS)[]) {
      const points = scored.map((result) => result.parts.find((entry) => entry.part === part)?.points);
      expect(points.some((value) => value === PART_MAX_POINTS[part]), part).toBe(true);
      expect(points.some((value) => value !== undefined && value < PART_MAX_POINTS[part]), part).toBe(true);
    }
    expect(scored.some((result) => result.strengths.some((entry) => entry.key === "matching.strength.functionCovered"))).toBe(true);
  });
});
