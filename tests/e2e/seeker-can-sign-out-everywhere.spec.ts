import { expect, test } from "@playwright/test";

import { registerAs, uniqueEmail } from "./helpers/users";

// On a shared office computer a copied session cookie must stop working once its owner signs out.
test("a copied session cookie dies at sign-out", async ({ page, browser }) => {
  await registerAs(page, "seeker", "Rahmat Hidayat", uniqueEmail("signout"));
  const copiedCookies = await page.context().cookies();

  const otherDevice = await browser.newContext();
  await otherDevice.addCookies(copiedCookies);
  const otherPage = await otherDevice.newPage();
  await otherPage.goto("/id/seeker/applications");
  await expect(otherPage.getByRole("heading", { level: 1 })).not.toHaveText("Masuk");
  await expect(otherPage).toHaveURL(/\/id\/seeker\/applications$/);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/id$/);

  await otherPage.goto("/id/seeker/applications");
  await expect(otherPage).toHaveURL(/\/id\/login$/);
  await otherDevice.close();
});
