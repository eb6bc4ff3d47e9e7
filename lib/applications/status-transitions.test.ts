import { describe, expect, it } from "vitest";

import { ApplicationStatus } from "@/lib/generated/prisma/enums";

import { canChangeStatus, EMPLOYER_TRANSITIONS, isFinalStatus, nextStatuses } from "./status-transitions";

const allStatuses = Object.values(ApplicationStatus);

describe("employer status transitions", () => {
  it.each([
    ["submitted", "reviewing"],
    ["submitted", "rejected"],
    ["reviewing", "interview"],
    ["reviewing", "rejected"],
    ["interview", "offered"],
    ["interview", "rejected"],
    ["offered", "hired"],
    ["offered", "rejected"],
  ] as const)("allows %s to %s", (from, to) => {
    expect(canChangeStatus(from, to)).toBe(true);
  });

  it.each([
    ["submitted", "interview"],
    ["submitted", "hired"],
    ["reviewing", "submitted"],
    ["interview", "reviewing"],
    ["offered", "interview"],
    ["submitted", "submitted"],
  ] as const)("rejects skipping or going back from %s to %s", (from, to) => {
    expect(canChangeStatus(from, to)).toBe(false);
  });

  it.each(["hired", "rejected", "withdrawn"] as const)("treats %s as final", (status) => {
    expect(isFinalStatus(status)).toBe(true);
    for (const to of allStatuses) expect(canChangeStatus(status, to)).toBe(false);
  });

  it("never lets the employer withdraw an application", () => {
    for (const from of allStatuses) expect(canChangeStatus(from, "withdrawn")).toBe(false);
  });

  it("lets every open status end as rejected", () => {
    for (const from of ["submitted", "reviewing", "interview", "offered"] as const) {
      expect(isFinalStatus(from)).toBe(false);
      expect(nextStatuses(from)).toContain("rejected");
    }
  });

  it("covers every status", () => {
    expect(Object.keys(EMPLOYER_TRANSITIONS).sort()).toEqual([...allStatuses].sort());
  });
});
