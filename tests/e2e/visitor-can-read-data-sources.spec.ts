import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";

test("visitor reads the data sources in each language", async ({ page }) => {
  await page.goto("/id/about/data");
  const kbji = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^KBJI 2014/ }) });
  await expect(kbji.getByText("© Badan Pusat Statistik; kode dan judul dikutip dengan menyebut sumbernya")).toBeVisible();
  await expect(page.getByText(/codes and titles quoted/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/en/about/data");
  const esco = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "ESCO v1.2.0" }) });
  await expect(esco.getByText("© European Union; free reuse with attribution")).toBeVisible();
  await expectNoAxeViolations(page);
});
