import { describe, expect, test } from "vitest";

import { seekerViewFor, toEmployerView } from "./disclosure";
import { makeSeeker } from "./testing/fixtures";

const fullProfile = makeSeeker({
  functioning: { hearing: "cannot" },
  accommodationNeeds: ["sign_language_interpreter"],
  disabilityTypes: ["sensory_hearing"],
});

describe("toEmployerView", () => {
  test("hides undisclosed parts", () => {
    const seeker = { ...fullProfile, disclosure: { functioning: false, accommodationNeeds: false, disabilityTypes: false } };
    const view = toEmployerView(seeker);
    expect(view.functioning).toEqual({});
    expect(view.accommodationNeeds).toEqual([]);
    expect(view.disabilityTypes).toEqual([]);
  });

  test("keeps always visible parts", () => {
    const seeker = { ...fullProfile, disclosure: { functioning: false, accommodationNeeds: false, disabilityTypes: false } };
    const view = toEmployerView(seeker);
    const hiddenPartsRestored = {
      ...view,
      functioning: seeker.functioning,
      accommodationNeeds: seeker.accommodationNeeds,
      disabilityTypes: seeker.disabilityTypes,
    };
    expect(hiddenPartsRestored).toEqual(seeker);
  });

  test("keeps disclosed parts", () => {
    const seeker = { ...fullProfile, disclosure: { functioning: true, accommodationNeeds: false, disabilityTypes: true } };
    const view = toEmployerView(seeker);
    expect(view.functioning).toEqual({ hearing: "cannot" });
    expect(view.accommodationNeeds).toEqual([]);
    expect(view.disabilityTypes).toEqual(["sensory_hearing"]);
  });

  test("fully disclosed returns input", () => {
    expect(toEmployerView(fullProfile)).toBe(fullProfile);
  });

  test("input not changed", () => {
    const seeker = { ...fullProfile, disclosure: { functioning: false, accommodationNeeds: false, disabilityTypes: false } };
    const copy = structuredClone(seeker);
    toEmployerView(seeker);
    expect(seeker).toEqual(copy);
  });
});

describe("seekerViewFor", () => {
  test("officer gets whole profile", () => {
    const seeker = { ...fullProfile, disclosure: { functioning: false, accommodationNeeds: false, disabilityTypes: false } };
    expect(seekerViewFor(seeker, "officer")).toBe(seeker);
    expect(seekerViewFor(seeker, "seeker")).toBe(seeker);
    expect(seekerViewFor(seeker, "employer").functioning).toEqual({});
  });
});
