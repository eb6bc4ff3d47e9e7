import { describe, expect, test } from "vitest";

import { prepareSeekers } from "./prepared/seekers";
import { prepareVacancies } from "./prepared/vacancies";
import { rankSeekersForVacancy, rankVacanciesForSeeker } from "./rank";
import { makeSeeker, makeTestContext, makeVacancy } from "./testing/fixtures";

// No shared skill: each of these vacancies scores exactly 60 for the base seeker (skills 0).
const noOverlap = { requiredSkills: [{ skillId: "welding", minLevel: 1 }] };

describe("rankVacanciesForSeeker", () => {
  test("k above count returns all", () => {
    const vacancies = ["a", "b", "c"].map((id) => makeVacancy({ id }));
    const ranked = rankVacanciesForSeeker(makeTestContext(), makeSeeker(), vacancies, { k: 10, audience: "seeker" });
    expect(ranked.map((result) => result.vacancyId)).toEqual(["a", "b", "c"]);
  });

  test("equal score at threshold enters by id", () => {
    // After "b" fills k = 1 the admission score is 60. "a" can reach only 60 but has the lower
    // id, so it must still be scored and replace "b".
    const vacancies = [makeVacancy({ id: "b", ...noOverlap }), makeVacancy({ id: "a", ...noOverlap })];
    const ranked = rankVacanciesForSeeker(makeTestContext(), makeSeeker(), vacancies, { k: 1, audience: "seeker" });
    expect(ranked.map((result) => [result.vacancyId, result.score])).toEqual([["a", 60]]);
  });

  test("prepared equals plain array", () => {
    const context = makeTestContext();
    const vacancies = [
      makeVacancy({ id: "v1" }),
      makeVacancy({ id: "v2", ...noOverlap }),
      makeVacancy({ id: "v3", workMode: "remote", cityCode: "35.78", provinceCode: "35" }),
    ];
    const prepared = prepareVacancies(context, vacancies);
    const seeker = makeSeeker();
    expect(rankVacanciesForSeeker(context, seeker, prepared, { k: 2, audience: "seeker" })).toEqual(
      rankVacanciesForSeeker(context, seeker, vacancies, { k: 2, audience: "seeker" }),
    );
  });

  test("results carry explanations", () => {
    const [result] = rankVacanciesForSeeker(makeTestContext(), makeSeeker(), [makeVacancy()], { k: 1, audience: "seeker" });
    expect(result?.parts).toHaveLength(5);
    expect(result?.strengths.map((entry) => entry.key)).toEqual([
      "matching.strength.skillMatched",
      "matching.strength.placeSameCity",
    ]);
  });

  test("no eligible vacancy", () => {
    const ranked = rankVacanciesForSeeker(makeTestContext(), makeSeeker(), [makeVacancy({ isOpen: false })], {
      k: 5,
      audience: "seeker",
    });
    expect(ranked).toEqual([]);
  });
});

describe("rankSeekersForVacancy", () => {
  test("equal score at threshold enters by id", () => {
    const seekers = [makeSeeker({ id: "b", skills: [] }), makeSeeker({ id: "a", skills: [] })];
    const ranked = rankSeekersForVacancy(makeTestContext(), makeVacancy(), seekers, { k: 1, audience: "officer" });
    expect(ranked.map((result) => [result.seekerId, result.score])).toEqual([["a", 60]]);
  });

  test("prepared employer view used", () => {
    const context = makeTestContext();
    const hidden = makeSeeker({
      id: "hidden",
      functioning: { walking: "cannot" },
      disclosure: { functioning: false, accommodationNeeds: true, disabilityTypes: false },
    });
    const vacancy = makeVacancy({ essentialFunctions: [{ id: "climb-stairs", demands: [{ domain: "walking", level: "high" }] }] });
    const prepared = prepareSeekers(context, [hidden], { audience: "employer" });
    const [result] = rankSeekersForVacancy(context, vacancy, prepared, { k: 1, audience: "employer" });
    expect(result?.score).toBe(100);
    expect(result?.gaps).toEqual([]);
  });

  test("closed vacancy ranks nobody", () => {
    const ranked = rankSeekersForVacancy(makeTestContext(), makeVacancy({ isOpen: false }), [makeSeeker()], {
      k: 5,
      audience: "officer",
    });
    expect(ranked).toEqual([]);
  });
});
