import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { addCounts, formatCounts, readPlaywrightCounts, readVitestCounts } from "./test-counts";

const folder = mkdtempSync(path.join(tmpdir(), "ijc-counts-"));

function writeReport(name: string, content: unknown): string {
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("readVitestCounts", () => {
  it("counts pending and todo as skipped", () => {
    const file = writeReport("vitest.json", { numPassedTests: 10, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1 });
    expect(readVitestCounts(file)).toEqual({ passed: 10, failed: 1, skipped: 3 });
  });

  it("counts a missing report as a failure", () => {
    expect(readVitestCounts(path.join(folder, "missing.json"))).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});

describe("readPlaywrightCounts", () => {
  it("counts flaky tests as passed", () => {
    const file = writeReport("playwright.json", { stats: { expected: 30, unexpected: 2, flaky: 1, skipped: 4 } });
    expect(readPlaywrightCounts(file)).toEqual({ passed: 31, failed: 2, skipped: 4 });
  });
});

describe("formatCounts", () => {
  it("writes the plain closing line", () => {
    expect(formatCounts(addCounts({ passed: 1, failed: 0, skipped: 2 }, { passed: 3, failed: 1, skipped: 0 }))).toBe("4 passed, 1 failed, 2 skipped");
  });
});
