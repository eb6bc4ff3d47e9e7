import { describe, expect, it } from "vitest";

import { parseCsv } from "./csv";
import { buildDemoData } from "./demo/build-demo-data";
import { createSeedCalendar } from "./demo/dates";
import { DEMO_LOGINS } from "./demo-logins";
import { defaultDataDir } from "./reference/data-dir";
import { readReferenceData } from "./reference/read-reference-data";
import { timeZoneForProvince } from "./reference/time-zone";

const reference = readReferenceData(defaultDataDir());

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\n1,2,3,4\n')).toEqual([
      ["a", "b, c", 'say "hi"', "two\nlines"],
      ["1", "2", "3", "4"],
    ]);
  });

  it("rejects an unclosed quoted field", () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/not closed/);
  });
});

describe("timeZoneForProvince", () => {
  it.each([
    ["11", "WIB"],
    ["32", "WIB"],
    ["61", "WIB"],
    ["62", "WIB"],
    ["51", "WITA"],
    ["63", "WITA"],
    ["65", "WITA"],
    ["73", "WITA"],
    ["81", "WIT"],
    ["96", "WIT"],
  ])("gives province %s the zone %s", (code, zone) => {
    expect(timeZoneForProvince(code)).toBe(zone);
  });

  it("rejects a code outside the rule", () => {
    expect(() => timeZoneForProvince("99")).toThrow(/No time zone rule/);
  });
});

describe("reference files", () => {
  it("have the expected row counts", () => {
    expect(reference.provinces).toHaveLength(38);
    expect(reference.cities).toHaveLength(514);
    expect(reference.occupations).toHaveLength(629);
    expect(reference.functioningDomains).toHaveLength(6);
    expect(reference.skills.length).toBeGreaterThanOrEqual(250);
    expect(reference.skills.length).toBeLessThanOrEqual(400);
    expect(reference.accommodations.length).toBeGreaterThanOrEqual(30);
    expect(reference.accommodations.length).toBeLessThanOrEqual(45);
  });

  it("give every province a time zone", () => {
    const zones = new Map(reference.provinces.map((province) => [province.code, province.timeZone]));
    expect(zones.get("52")).toBe("WITA");
    expect(zones.get("82")).toBe("WIT");
    expect([...zones.values()].filter((zone) => zone === "WIB")).toHaveLength(18);
    expect([...zones.values()].filter((zone) => zone === "WITA")).toHaveLength(12);
    expect([...zones.values()].filter((zone) => zone === "WIT")).toHaveLength(8);
  });

  it("contain the demo cities", () => {
    const names = new Map(reference.cities.map((city) => [city.code, city.name]));
    expect(names.get("32.73")).toBe("Kota Bandung");
    expect(names.get("35.78")).toBe("Kota Surabaya");
    expect(names.get("73.71")).toBe("Kota Makassar");
    expect(names.get("34.71")).toBe("Kota Yogyakarta");
  });

  it("include sign language and Braille skills", () => {
    const ids = new Set(reference.skills.map((skill) => skill.id));
    expect(ids.has("indonesian_sign_language")).toBe(true);
    expect(ids.has("braille")).toBe(true);
  });

  it("map the required accommodations to their domains", () => {
    const byId = new Map(reference.accommodations.map((accommodation) => [accommodation.id, accommodation]));
    expect(byId.get("sign_language_interpreter")?.domains).toEqual(["hearing", "communicating"]);
    expect(byId.get("written_instructions")?.domains).toEqual(["hearing", "remembering", "communicating"]);
    expect(byId.get("accessible_toilet")?.domains).toEqual(["walking", "self_care"]);
    expect(byId.get("accessible_toilet")?.kind).toBe("access_feature");
    expect(byId.get("elevator")?.kind).toBe("access_feature");
    expect(byId.get("flexible_hours")?.domains).toEqual([]);
  });
});

describe("buildDemoData", () => {
  const now = new Date("2026-12-04T03:00:00Z");
  const build = () => buildDemoData({ reference, calendar: createSeedCalendar(now), passwordHash: "hash" });

  it("is deterministic", () => {
    expect(build()).toEqual(build());
  });

  it("has the requested volume", () => {
    const data = build();
    expect(data.companies).toHaveLength(10);
    expect(data.vacancies).toHaveLength(60);
    expect(data.seekerProfiles).toHaveLength(30);
  });

  it("contains every demo login", () => {
    const emails = new Set(build().users.map((user) => user.email));
    for (const login of DEMO_LOGINS) expect(emails.has(login.email)).toBe(true);
  });

  it("keeps salaries within the demo range", () => {
    for (const vacancy of build().vacancies) {
      expect(vacancy.salaryMin).toBeGreaterThanOrEqual(2_500_000);
      expect(vacancy.salaryMax).toBeLessThanOrEqual(12_000_000);
      expect(vacancy.salaryMax).toBeGreaterThanOrEqual(vacancy.salaryMin!);
    }
  });

  it("publishes vacancies before anyone applies", () => {
    const data = build();
    const published = new Map(data.vacancies.map((vacancy) => [vacancy.id, vacancy.publishedAt]));
    for (const application of data.applications) {
      expect(published.get(application.vacancyId)!.getTime()).toBeLessThan(application.createdAt.getTime());
    }
  });

  it("stores deadlines as calendar dates", () => {
    for (const vacancy of build().vacancies) {
      expect(vacancy.deadline.getUTCHours()).toBe(0);
      expect(vacancy.deadline.getUTCMinutes()).toBe(0);
    }
  });
});
