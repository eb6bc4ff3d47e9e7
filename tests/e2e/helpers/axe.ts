import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// Every page a spec visits is scanned against WCAG 2.0, 2.1 and 2.2 A and AA rules.
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation (a server action's redirect) Next streams the new title in a
  // moment after the content, so the scan waits for it instead of flagging a page without one.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
