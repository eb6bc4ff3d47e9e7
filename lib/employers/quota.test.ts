import { describe, expect, it } from "vitest";

import { QUOTA_PERCENT, quotaObligation, quotaStatus } from "./quota";

describe("quotaObligation", () => {
  it.each([
    [0, 0],
    [1, 1],
    [99, 1],
    [100, 1],
    [101, 2],
    [150, 2],
    [200, 2],
    [201, 3],
    [1000, 10],
  ])("private firm of %i owes %i", (headcount, expected) => {
    expect(quotaObligation("private", headcount)).toBe(expected);
  });

  it.each([
    [0, 0],
    [1, 1],
    [49, 1],
    [50, 1],
    [51, 2],
    [99, 2],
    [100, 2],
    [150, 3],
  ])("government office of %i owes %i", (headcount, expected) => {
    expect(quotaObligation("government", headcount)).toBe(expected);
  });

  it("applies 2% to BUMN and BUMD", () => {
    expect(quotaObligation("state_owned", 150)).toBe(3);
    expect(quotaObligation("regional_owned", 150)).toBe(3);
  });

  it("sets 1% for private and 2% for public sectors", () => {
    expect(QUOTA_PERCENT).toEqual({ private: 1, government: 2, state_owned: 2, regional_owned: 2 });
  });

  it("stays exact for large headcounts", () => {
    expect(quotaObligation("private", 123_456_700)).toBe(1_234_567);
    expect(quotaObligation("private", 123_456_701)).toBe(1_234_568);
  });

  it.each([-1, 1.5, Number.NaN])("rejects headcount %s", (headcount) => {
    expect(() => quotaObligation("private", headcount)).toThrow(RangeError);
  });
});

describe("quotaStatus", () => {
  it("reports the gap when below the obligation", () => {
    expect(quotaStatus({ sector: "private", headcount: 150, employeesWithDisabilities: 1 })).toEqual({
      percent: 1,
      obligation: 2,
      employed: 1,
      gap: 1,
      met: false,
    });
  });

  it("reports no gap when the obligation is met", () => {
    const status = quotaStatus({ sector: "government", headcount: 150, employeesWithDisabilities: 4 });
    expect(status.gap).toBe(0);
    expect(status.met).toBe(true);
  });

  it("counts a company without staff as meeting the quota", () => {
    const status = quotaStatus({ sector: "state_owned", headcount: 0, employeesWithDisabilities: 0 });
    expect(status.obligation).toBe(0);
    expect(status.met).toBe(true);
  });
});
