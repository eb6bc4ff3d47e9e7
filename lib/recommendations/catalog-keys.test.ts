import { describe, expect, it } from "vitest";

import * as enums from "@/lib/generated/prisma/enums";
import enMatching from "@/lib/i18n/messages/en/matching.json";
import enReference from "@/lib/i18n/messages/en/reference.json";
import idMatching from "@/lib/i18n/messages/id/matching.json";
import idReference from "@/lib/i18n/messages/id/reference.json";
import { EXCLUSION_KEYS, GAP_KEYS, PART_KEYS, STRENGTH_KEYS } from "@/lib/matching";

// The matching library and the schema's enums define keys that pages translate; a missing entry
// would show a raw key, so both languages are checked here.

function lookup(catalog: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
}

const catalogs = { id: { matching: idMatching, reference: idReference }, en: { matching: enMatching, reference: enReference } };

const referenceGroups: Record<string, Record<string, string>> = {
  role: enums.Role,
  timeZone: enums.TimeZone,
  cityType: enums.CityType,
  disabilityType: enums.DisabilityType,
  disabilityTypeHint: enums.DisabilityType,
  difficultyLevel: enums.DifficultyLevel,
  demandLevel: enums.DemandLevel,
  educationLevel: enums.EducationLevel,
  workMode: enums.WorkMode,
  hoursType: enums.HoursType,
  placeScope: enums.PlaceScope,
  companySector: enums.CompanySector,
  verificationStatus: enums.VerificationStatus,
  accommodationKind: enums.AccommodationKind,
  vacancyStatus: enums.VacancyStatus,
  applicationStatus: enums.ApplicationStatus,
};

describe.each(Object.entries(catalogs))("catalogs in %s", (_locale, { matching, reference }) => {
  const libraryKeys = [PART_KEYS, STRENGTH_KEYS, GAP_KEYS, EXCLUSION_KEYS].flatMap((keys) => Object.values(keys));

  it.each(libraryKeys)("translate %s", (key) => {
    const [namespace, ...path] = key.split(".");
    expect(namespace).toBe("matching");
    expect(typeof lookup(matching, path)).toBe("string");
  });

  it.each(Object.entries(referenceGroups))("label every %s value", (group, values) => {
    for (const value of Object.values(values)) {
      expect(typeof lookup(reference, [group, value]), `${group}.${value}`).toBe("string");
    }
  });

  it("labels skill levels 1 to 3", () => {
    for (const level of ["1", "2", "3"]) {
      expect(typeof lookup(reference, ["skillLevel", level])).toBe("string");
    }
  });
});
