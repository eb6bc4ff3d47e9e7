import { describe, expect, it } from "vitest";

import { applicationsCloseAt, formatDateInZone, isDeadlinePassed, localDate } from "./deadline";

// Deadline 31 March 2026, as Prisma returns a DATE column.
const deadline = new Date("2026-03-31T00:00:00.000Z");

const zones = [
  { zone: "WIB", lastSecond: "2026-03-31T23:59:59+07:00", nextDay: "2026-04-01T00:00:00+07:00" },
  { zone: "WITA", lastSecond: "2026-03-31T23:59:59+08:00", nextDay: "2026-04-01T00:00:00+08:00" },
  { zone: "WIT", lastSecond: "2026-03-31T23:59:59+09:00", nextDay: "2026-04-01T00:00:00+09:00" },
] as const;

describe("isDeadlinePassed", () => {
  for (const { zone, lastSecond, nextDay } of zones) {
    it(`accepts 23:59:59 local on the deadline in ${zone}`, () => {
      expect(isDeadlinePassed({ deadline, zone, now: new Date(lastSecond) })).toBe(false);
    });

    it(`rejects 00:00:00 local the next day in ${zone}`, () => {
      expect(isDeadlinePassed({ deadline, zone, now: new Date(nextDay) })).toBe(true);
    });

    it(`accepts the first second of the deadline day in ${zone}`, () => {
      const start = lastSecond.replace("23:59:59", "00:00:00");
      expect(isDeadlinePassed({ deadline, zone, now: new Date(start) })).toBe(false);
    });
  }

  it("differs between zones at the same instant", () => {
    // 16:30 UTC on 31 March is 23:30 WIB, 00:30 WITA and 01:30 WIT the next day.
    const now = new Date("2026-03-31T16:30:00Z");
    expect(isDeadlinePassed({ deadline, zone: "WIB", now })).toBe(false);
    expect(isDeadlinePassed({ deadline, zone: "WITA", now })).toBe(true);
    expect(isDeadlinePassed({ deadline, zone: "WIT", now })).toBe(true);
  });

  it("ignores a time part on the deadline value", () => {
    const withTime = new Date("2026-03-31T12:34:56.000Z");
    expect(isDeadlinePassed({ deadline: withTime, zone: "WIB", now: new Date("2026-03-31T23:59:59+07:00") })).toBe(false);
  });
});

describe("applicationsCloseAt", () => {
  it("is midnight local after the deadline", () => {
    expect(applicationsCloseAt(deadline, "WIB").toISOString()).toBe("2026-03-31T17:00:00.000Z");
    expect(applicationsCloseAt(deadline, "WITA").toISOString()).toBe("2026-03-31T16:00:00.000Z");
    expect(applicationsCloseAt(deadline, "WIT").toISOString()).toBe("2026-03-31T15:00:00.000Z");
  });
});

describe("localDate", () => {
  it("returns the local calendar day", () => {
    const now = new Date("2026-03-31T16:30:00Z");
    expect(localDate("WIB", now).toISOString()).toBe("2026-03-31T00:00:00.000Z");
    expect(localDate("WITA", now).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(localDate("WIT", now).toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });

  it("keeps the deadline open exactly while deadline >= local date", () => {
    for (const { zone, lastSecond, nextDay } of zones) {
      expect(deadline >= localDate(zone, new Date(lastSecond))).toBe(true);
      expect(deadline >= localDate(zone, new Date(nextDay))).toBe(false);
    }
  });
});

describe("formatDateInZone", () => {
  it("uses the local date of the zone", () => {
    // 20:00 UTC on 2 December is already 3 December in WIB.
    const instant = new Date("2026-12-02T20:00:00Z");
    expect(formatDateInZone(instant, "id", "WIB")).toBe("3 Desember 2026");
    expect(formatDateInZone(instant, "en", "WIT")).toBe("3 December 2026");
  });

  it("keeps an early-morning WIB instant on its local day", () => {
    // 04:18 WIB on 5 December is still 4 December in UTC.
    const instant = new Date("2026-12-05T04:18:00+07:00");
    expect(formatDateInZone(instant, "id", "WIB")).toBe("5 Desember 2026");
  });
});
