import { describe, expect, it } from "vitest";

import {
  aboutStepInputSchema,
  accommodationsStepInputSchema,
  disabilityStepInputSchema,
  disclosureStepInputSchema,
  functioningStepInputSchema,
  skillsStepInputSchema,
  toAboutStepInput,
  toAccommodationsStepInput,
  toDisabilityStepInput,
  toDisclosureStepInput,
  toFunctioningStepInput,
  toSkillsStepInput,
} from "./schemas";

function errorKeys(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("aboutStepInputSchema", () => {
  it("lists every missing answer with its key", () => {
    const result = aboutStepInputSchema.safeParse(toAboutStepInput({}));
    expect(errorKeys(result)).toEqual({
      fullName: "seeker.errors.fullNameRequired",
      cityCode: "seeker.errors.cityRequired",
      education: "seeker.errors.educationRequired",
      experienceYears: "seeker.errors.experienceYearsInvalid",
      placeScope: "seeker.errors.placeScopeRequired",
    });
  });

  it("turns one or several checkboxes into lists", () => {
    const base = { fullName: " Sari ", cityCode: "32.73", education: "diploma", experienceYears: "3", placeScope: "city" };
    const single = aboutStepInputSchema.parse(toAboutStepInput({ ...base, workModes: "remote" }));
    const several = aboutStepInputSchema.parse(toAboutStepInput({ ...base, workModes: ["remote", "hybrid"], hoursTypes: "part_time" }));
    expect(single).toMatchObject({ fullName: "Sari", experienceYears: 3, workModes: ["remote"], hoursTypes: [], summary: "" });
    expect(several).toMatchObject({ workModes: ["remote", "hybrid"], hoursTypes: ["part_time"] });
  });

  it("rejects negative, fractional and too many years", () => {
    const base = { fullName: "Sari", cityCode: "32.73", education: "diploma", placeScope: "city" };
    for (const years of ["-1", "1.5", "tiga"]) {
      const result = aboutStepInputSchema.safeParse(toAboutStepInput({ ...base, experienceYears: years }));
      expect(errorKeys(result).experienceYears).toBe("seeker.errors.experienceYearsInvalid");
    }
    const tooMany = aboutStepInputSchema.safeParse(toAboutStepInput({ ...base, experienceYears: "61" }));
    expect(errorKeys(tooMany).experienceYears).toBe("seeker.errors.experienceYearsTooHigh");
  });
});

describe("skillsStepInputSchema", () => {
  it("keeps chosen levels and drops empty choices", () => {
    const input = toSkillsStepInput({ "skill.typing": "2", "skill.cooking": "", other: "x" });
    expect(skillsStepInputSchema.parse(input)).toEqual({ skills: [{ skillId: "typing", level: 2 }] });
  });

  it("rejects a level outside 1 to 3", () => {
    expect(skillsStepInputSchema.safeParse(toSkillsStepInput({ "skill.typing": "4" })).success).toBe(false);
  });
});

describe("disabilityStepInputSchema", () => {
  it("reads prefer-not-to-say as no types", () => {
    const parsed = disabilityStepInputSchema.parse(toDisabilityStepInput({ disabilityTypes: "prefer_not_to_say" }));
    expect(parsed).toEqual({ disabilityTypes: [], consent: false });
  });

  it("rejects types together with prefer-not-to-say", () => {
    const result = disabilityStepInputSchema.safeParse(
      toDisabilityStepInput({ disabilityTypes: ["physical", "prefer_not_to_say"], consent: "yes" }),
    );
    expect(errorKeys(result).disabilityTypes).toBe("seeker.errors.disabilityTypesExclusive");
  });
});

describe("functioningStepInputSchema", () => {
  it("skips unanswered and unknown domains", () => {
    const input = toFunctioningStepInput({ "domain.seeing": "some", "domain.hearing": "unknown", "domain.walking": "", consent: "yes" });
    expect(functioningStepInputSchema.parse(input)).toEqual({ answers: [{ domainId: "seeing", level: "some" }], consent: true });
  });
});

describe("accommodationsStepInputSchema", () => {
  it("merges accommodations and access features", () => {
    const input = toAccommodationsStepInput({ accommodationIds: "screen_reader", accessFeatureIds: ["elevator", "step_free_access"] });
    expect(accommodationsStepInputSchema.parse(input).accommodationIds).toEqual(["screen_reader", "elevator", "step_free_access"]);
  });
});

describe("disclosureStepInputSchema", () => {
  it("requires each yes or no answer", () => {
    const result = disclosureStepInputSchema.safeParse(toDisclosureStepInput({ showFunctioning: "yes" }));
    expect(errorKeys(result)).toEqual({
      showDisabilityTypes: "seeker.errors.showDisabilityTypesRequired",
      showAccommodationNeeds: "seeker.errors.showAccommodationNeedsRequired",
    });
  });

  it("reads answers and consent as booleans", () => {
    const input = toDisclosureStepInput({ showDisabilityTypes: "no", showFunctioning: "yes", showAccommodationNeeds: "yes", consent: "yes" });
    expect(disclosureStepInputSchema.parse(input)).toEqual({
      showDisabilityTypes: false,
      showFunctioning: true,
      showAccommodationNeeds: true,
      consent: true,
    });
  });
});
