import { existsSync, readFileSync } from "node:fs";

export type TestCounts = { passed: number; failed: number; skipped: number };

export const noCounts: TestCounts = { passed: 0, failed: 0, skipped: 0 };

// Reads Vitest's JSON report (--reporter=json). A missing report means the run died before it
// wrote one, which counts as a failure so the summary never claims success.
export function readVitestCounts(file: string): TestCounts {
  if (!existsSync(file)) return { ...noCounts, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

// Reads Playwright's JSON report; a flaky test passed on retry, so it counts as passed.
export function readPlaywrightCounts(file: string): TestCounts {
  if (!existsSync(file)) return { ...noCounts, failed: 1 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  const { stats } = report;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

export function addCounts(a: TestCounts, b: TestCounts): TestCounts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

export function formatCounts(counts: TestCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}
