import { describe, expect, test } from "vitest";

import { createMatchingContext } from "../context";
import { MatchingInputError, type MatchingInputErrorCode } from "../errors";
import { prepareSeekers } from "../prepared/seekers";
import { prepareVacancies } from "../prepared/vacancies";
import { rankSeekersForVacancy, rankVacanciesForSeeker } from "../rank";
import { scorePair } from "../score-pair";
import { makeSeeker, makeTestContext, makeVacancy, requireScored, TEST_CATALOGUE } from "../testing/fixtures";
import type { Seeker, Vacancy } from "../types";

function inputErrorOf(run: () => unknown): MatchingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MatchingInputError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected a MatchingInputError, but nothing was thrown");
}

function scoreWith(seeker: Partial<Seeker>, vacancy: Partial<Vacancy> = {}) {
  return () => scorePair(makeTestContext(), makeSeeker(seeker), makeVacancy(vacancy), { audience: "officer" });
}

/** Casts deliberately invalid test input past the type checker. */
function invalid<T>(value: unknown): T {
  return value as T;
}

describe("seeker validation", () => {
  const cases: { name: string; seeker: Partial<Seeker>; code: MatchingInputErrorCode; field: string }[] = [
    { name: "empty id", seeker: { id: " " }, code: "invalid_id", field: "id" },
    { name: "missing city", seeker: { cityCode: invalid(undefined) }, code: "invalid_id", field: "cityCode" },
    { name: "unknown work mode", seeker: { workModes: invalid(["office"]) }, code: "invalid_value", field: "workModes[0]" },
    { name: "hours not array", seeker: { hoursTypes: invalid("full_time") }, code: "invalid_type", field: "hoursTypes" },
    { name: "unknown scope", seeker: { placeScope: invalid("country") }, code: "invalid_value", field: "placeScope" },
    { name: "NaN level", seeker: { skills: [{ skillId: "a", level: Number.NaN }] }, code: "invalid_level", field: "skills[0].level" },
    { name: "level 0", seeker: { skills: [{ skillId: "a", level: 0 }] }, code: "invalid_level", field: "skills[0].level" },
    { name: "level 4", seeker: { skills: [{ skillId: "a", level: 4 }] }, code: "invalid_level", field: "skills[0].level" },
    { name: "fractional level", seeker: { skills: [{ skillId: "a", level: 1.5 }] }, code: "invalid_level", field: "skills[0].level" },
    { name: "string level", seeker: { skills: [{ skillId: "a", level: invalid("2") }] }, code: "invalid_level", field: "skills[0].level" },
    { name: "empty skill id", seeker: { skills: [{ skillId: "", level: 1 }] }, code: "invalid_id", field: "skills[0].skillId" },
    {
      name: "duplicate skill",
      seeker: { skills: [{ skillId: "a", level: 1 }, { skillId: "a", level: 3 }] },
      code: "duplicate_entry",
      field: "skills[1].skillId",
    },
    { name: "skill entry null", seeker: { skills: [invalid(null)] }, code: "invalid_type", field: "skills[0]" },
    { name: "unknown education", seeker: { education: invalid("master") }, code: "invalid_value", field: "education" },
    { name: "negative years", seeker: { experienceYears: -1 }, code: "invalid_number", field: "experienceYears" },
    { name: "NaN years", seeker: { experienceYears: Number.NaN }, code: "invalid_number", field: "experienceYears" },
    { name: "infinite years", seeker: { experienceYears: Number.POSITIVE_INFINITY }, code: "invalid_number", field: "experienceYears" },
    { name: "unknown domain", seeker: { functioning: invalid({ smelling: "some" }) }, code: "unknown_domain", field: "functioning.smelling" },
    { name: "unknown difficulty", seeker: { functioning: invalid({ seeing: "mild" }) }, code: "invalid_value", field: "functioning.seeing" },
    { name: "functioning null", seeker: { functioning: invalid(null) }, code: "invalid_type", field: "functioning" },
    {
      name: "unknown need",
      seeker: { accommodationNeeds: ["telepathy"] },
      code: "unknown_accommodation",
      field: "accommodationNeeds[0]",
    },
    { name: "unknown disability type", seeker: { disabilityTypes: invalid(["deaf"]) }, code: "invalid_value", field: "disabilityTypes[0]" },
    {
      name: "disclosure not boolean",
      seeker: { disclosure: invalid({ functioning: "yes", accommodationNeeds: true, disabilityTypes: true }) },
      code: "invalid_type",
      field: "disclosure.functioning",
    },
  ];

  for (const { name, seeker, code, field } of cases) {
    test(name, () => {
      const error = inputErrorOf(scoreWith(seeker));
      expect(error.code).toBe(code);
      expect(error.field).toBe(field);
      // An invalid id cannot name the record, so the error carries no entity id then.
      expect(error.entityId).toBe(field === "id" ? undefined : "seeker-1");
    });
  }

  test("seeker not an object", () => {
    const error = inputErrorOf(() =>
      scorePair(makeTestContext(), invalid<Seeker>(null), makeVacancy(), { audience: "officer" }),
    );
    expect(error.code).toBe("invalid_type");
    expect(error.field).toBe("seeker");
  });

  test("message names value and field", () => {
    const error = inputErrorOf(scoreWith({ skills: [{ skillId: "a", level: 7 }] }));
    expect(error.message).toBe("seeker-1: skills[0].level: invalid skill level 7; expected an integer from 1 to 3");
  });
});

describe("vacancy validation", () => {
  const cases: { name: string; vacancy: Partial<Vacancy>; code: MatchingInputErrorCode; field: string }[] = [
    { name: "isOpen not boolean", vacancy: { isOpen: invalid(1) }, code: "invalid_type", field: "isOpen" },
    { name: "unknown work mode", vacancy: { workMode: invalid("office") }, code: "invalid_value", field: "workMode" },
    { name: "unknown hours", vacancy: { hoursType: invalid("shift") }, code: "invalid_value", field: "hoursType" },
    {
      name: "negative min level",
      vacancy: { requiredSkills: [{ skillId: "a", minLevel: -1 }] },
      code: "invalid_level",
      field: "requiredSkills[0].minLevel",
    },
    {
      name: "skill required and preferred",
      vacancy: { requiredSkills: [{ skillId: "a", minLevel: 1 }], preferredSkills: [{ skillId: "a", minLevel: 2 }] },
      code: "duplicate_entry",
      field: "preferredSkills[0].skillId",
    },
    { name: "NaN min years", vacancy: { minExperienceYears: Number.NaN }, code: "invalid_number", field: "minExperienceYears" },
    {
      name: "duplicate function",
      vacancy: { essentialFunctions: [{ id: "f", demands: [] }, { id: "f", demands: [] }] },
      code: "duplicate_entry",
      field: "essentialFunctions[1].id",
    },
    {
      name: "duplicate demand domain",
      vacancy: {
        essentialFunctions: [{ id: "f", demands: [{ domain: "seeing", level: "some" }, { domain: "seeing", level: "high" }] }],
      },
      code: "duplicate_entry",
      field: "essentialFunctions[0].demands[1].domain",
    },
    {
      name: "unknown demand domain",
      vacancy: { essentialFunctions: [{ id: "f", demands: [{ domain: invalid("smelling"), level: "some" }] }] },
      code: "unknown_domain",
      field: "essentialFunctions[0].demands[0].domain",
    },
    {
      name: "unknown demand level",
      vacancy: { essentialFunctions: [{ id: "f", demands: [{ domain: "seeing", level: invalid("low") }] }] },
      code: "invalid_value",
      field: "essentialFunctions[0].demands[0].level",
    },
    {
      name: "unknown offered accommodation",
      vacancy: { accommodationsOffered: ["ramp"] },
      code: "unknown_accommodation",
      field: "accommodationsOffered[0]",
    },
  ];

  for (const { name, vacancy, code, field } of cases) {
    test(name, () => {
      const error = inputErrorOf(scoreWith({}, vacancy));
      expect(error.code).toBe(code);
      expect(error.field).toBe(field);
      expect(error.entityId).toBe("vacancy-1");
    });
  }
});

describe("reference validation", () => {
  test("unknown catalogue domain", () => {
    const error = inputErrorOf(() =>
      createMatchingContext({ accommodations: [{ id: "x", coversDomains: invalid(["smelling"]) }] }),
    );
    expect(error.code).toBe("unknown_domain");
    expect(error.field).toBe("accommodations[0].coversDomains[0]");
  });

  test("duplicate catalogue id", () => {
    const error = inputErrorOf(() =>
      createMatchingContext({
        accommodations: [
          { id: "x", coversDomains: [] },
          { id: "x", coversDomains: ["seeing"] },
        ],
      }),
    );
    expect(error.code).toBe("duplicate_entry");
  });

  test("unknown skill with skill list", () => {
    const context = createMatchingContext({ accommodations: TEST_CATALOGUE, skillIds: ["use-spreadsheets-software"] });
    const error = inputErrorOf(() =>
      scorePair(context, makeSeeker({ skills: [{ skillId: "juggling", level: 1 }] }), makeVacancy(), { audience: "officer" }),
    );
    expect(error.code).toBe("unknown_skill");
    expect(error.field).toBe("skills[0].skillId");
  });

  test("any skill without skill list", () => {
    const result = scoreWith({ skills: [{ skillId: "juggling", level: 1 }] })();
    expect(result.eligible).toBe(true);
  });
});

describe("defined results", () => {
  test("empty profile scores", () => {
    const result = scoreWith({
      skills: [],
      functioning: {},
      accommodationNeeds: [],
      disabilityTypes: [],
      workModes: [],
      hoursTypes: [],
      education: "none",
      experienceYears: 0,
    })();
    expect(requireScored(result).score).toBe(60);
  });

  test("duplicate set entries ignored", () => {
    const result = scoreWith({
      workModes: ["onsite", "onsite"],
      hoursTypes: ["full_time", "full_time"],
      disabilityTypes: ["physical", "physical"],
    })();
    expect(requireScored(result).score).toBe(100);
  });

  test("function without demands", () => {
    const result = scoreWith({ functioning: { seeing: "cannot" } }, { essentialFunctions: [{ id: "f", demands: [] }] })();
    expect(requireScored(result).score).toBe(100);
  });
});

describe("ranking arguments", () => {
  const seeker = makeSeeker();
  const vacancy = makeVacancy();

  test("negative k", () => {
    const error = inputErrorOf(() => rankVacanciesForSeeker(makeTestContext(), seeker, [vacancy], { k: -1, audience: "seeker" }));
    expect(error.code).toBe("invalid_argument");
    expect(error.field).toBe("options.k");
  });

  test("NaN k", () => {
    const error = inputErrorOf(() => rankSeekersForVacancy(makeTestContext(), vacancy, [seeker], { k: Number.NaN, audience: "officer" }));
    expect(error.code).toBe("invalid_argument");
  });

  test("zero k", () => {
    expect(rankVacanciesForSeeker(makeTestContext(), seeker, [vacancy], { k: 0, audience: "seeker" })).toEqual([]);
  });

  test("unknown audience", () => {
    const error = inputErrorOf(() =>
      scorePair(makeTestContext(), seeker, vacancy, { audience: invalid("public") }),
    );
    expect(error.code).toBe("invalid_argument");
    expect(error.field).toBe("options.audience");
  });

  test("officer seekers for employer", () => {
    const context = makeTestContext();
    const prepared = prepareSeekers(context, [seeker], { audience: "officer" });
    const error = inputErrorOf(() => rankSeekersForVacancy(context, vacancy, prepared, { k: 5, audience: "employer" }));
    expect(error.code).toBe("audience_mismatch");
  });

  test("prepared with other context", () => {
    const prepared = prepareVacancies(makeTestContext(), [vacancy]);
    const error = inputErrorOf(() => rankVacanciesForSeeker(makeTestContext(), seeker, prepared, { k: 5, audience: "seeker" }));
    expect(error.code).toBe("invalid_argument");
    expect(error.field).toBe("vacancies");
  });

  test("duplicate vacancy ids", () => {
    const error = inputErrorOf(() => prepareVacancies(makeTestContext(), [vacancy, { ...vacancy }]));
    expect(error.code).toBe("duplicate_entry");
    expect(error.entityId).toBe("vacancy-1");
  });

  test("duplicate seeker ids", () => {
    const error = inputErrorOf(() => prepareSeekers(makeTestContext(), [seeker, { ...seeker }], { audience: "officer" }));
    expect(error.code).toBe("duplicate_entry");
  });

  test("invalid row stops preparing", () => {
    const bad = makeVacancy({ id: "bad", requiredSkills: [{ skillId: "a", minLevel: 9 }] });
    const error = inputErrorOf(() => prepareVacancies(makeTestContext(), [vacancy, bad]));
    expect(error.entityId).toBe("bad");
    expect(error.code).toBe("invalid_level");
  });
});
