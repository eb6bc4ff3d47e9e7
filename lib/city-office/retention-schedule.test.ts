import { describe, expect, it } from "vitest";

import { retentionSchedule } from "./retention-schedule";
import { isoDate } from "./time-zones";

function dueDates(hiredOn: string): string[] {
  return retentionSchedule(new Date(`${hiredOn}T00:00:00Z`)).map((check) => isoDate(check.dueOn));
}

describe("retentionSchedule", () => {
  it("schedules checks at 1, 3, 6 and 12 months", () => {
    const schedule = retentionSchedule(new Date("2026-03-15T00:00:00Z"));
    expect(schedule.map((check) => check.monthsAfterHire)).toEqual([1, 3, 6, 12]);
    expect(schedule.map((check) => isoDate(check.dueOn))).toEqual(["2026-04-15", "2026-06-15", "2026-09-15", "2027-03-15"]);
  });

  it("clamps to the last day of a shorter month", () => {
    expect(dueDates("2026-01-31")).toEqual(["2026-02-28", "2026-04-30", "2026-07-31", "2027-01-31"]);
  });

  it("uses 29 February in a leap year", () => {
    expect(dueDates("2027-01-31")[0]).toBe("2027-02-28");
    expect(dueDates("2028-01-31")[0]).toBe("2028-02-29");
  });

  it("moves a leap day to 28 February a year later", () => {
    expect(dueDates("2028-02-29")[3]).toBe("2029-02-28");
  });

  it("crosses the year end", () => {
    expect(dueDates("2026-11-30")).toEqual(["2026-12-30", "2027-02-28", "2027-05-30", "2027-11-30"]);
  });

  it("returns dates at midnight UTC", () => {
    for (const check of retentionSchedule(new Date("2026-08-31T00:00:00Z"))) {
      expect(check.dueOn.getUTCHours()).toBe(0);
      expect(check.dueOn.getUTCMinutes()).toBe(0);
    }
  });
});
