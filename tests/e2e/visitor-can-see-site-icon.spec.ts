import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";

test("visitor's browser finds the site icon", async ({ page }) => {
  await page.goto("/id");
  await expectNoAxeViolations(page);

  const href = await page.locator('head link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});
