import { describe, expect, it } from "vitest";

import { calendarDateInZone, ianaZoneFor, isoDate } from "./time-zones";

describe("calendarDateInZone", () => {
  it("keeps the UTC day when the zone is still on it", () => {
    const date = calendarDateInZone(new Date("2026-03-31T10:00:00Z"), "Asia/Jakarta");
    expect(date.toISOString()).toBe("2026-03-31T00:00:00.000Z");
  });

  it("moves to the next day after local midnight", () => {
    // 17:30 UTC is 00:30 WIB on the next day.
    const date = calendarDateInZone(new Date("2026-03-31T17:30:00Z"), "Asia/Jakarta");
    expect(isoDate(date)).toBe("2026-04-01");
  });

  it("differs between WIB and WIT at the same instant", () => {
    // 16:00 UTC is 23:00 WIB but 01:00 WIT on the next day.
    const instant = new Date("2026-03-31T16:00:00Z");
    expect(isoDate(calendarDateInZone(instant, ianaZoneFor("WIB")))).toBe("2026-03-31");
    expect(isoDate(calendarDateInZone(instant, ianaZoneFor("WIT")))).toBe("2026-04-01");
  });
});

describe("ianaZoneFor", () => {
  it("maps each Indonesian zone", () => {
    expect(ianaZoneFor("WIB")).toBe("Asia/Jakarta");
    expect(ianaZoneFor("WITA")).toBe("Asia/Makassar");
    expect(ianaZoneFor("WIT")).toBe("Asia/Jayapura");
  });
});
