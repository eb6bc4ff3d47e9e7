import { expect, test, type Page } from "@playwright/test";

import { DEMO_PASSWORD, signIn } from "./helpers/users";

// WCAG 1.4.10 (reflow at 320 CSS px) and 1.4.4 (text at 200%): the page itself never scrolls
// sideways. Wide tables scroll inside their own focusable region instead.
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

async function zoomText(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
}

const publicPages = ["/id", "/en", "/id/login", "/id/register", "/en/about/data"];

test.describe("at 320 px width", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of publicPages) {
    test(`public page ${path} reflows`, async ({ page }) => {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    });
  }

  test("register errors reflow", async ({ page }) => {
    await page.goto("/id/register");
    await page.getByRole("button", { name: "Buat akun" }).click();
    await expect(page.getByRole("heading", { name: "Ada masalah" })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test("signed-in pages reflow", async ({ page }) => {
    await signIn(page, "seeker@demo.ijc.id", DEMO_PASSWORD);
    for (const path of ["/id/seeker/vacancies", "/id/seeker/applications", "/id/seeker/profile"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
  });

  test("officer pages reflow", async ({ page }) => {
    await signIn(page, "officer.bandung@demo.ijc.id", DEMO_PASSWORD);
    for (const path of ["/id/office", "/id/office/placements", "/id/office/companies"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
  });
});

test.describe("with text at 200%", () => {
  test.use({ viewport: { width: 640, height: 800 } });

  for (const path of publicPages) {
    test(`public page ${path} keeps its content`, async ({ page }) => {
      await page.goto(path);
      await zoomText(page);
      await expectNoHorizontalScroll(page);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  test("employer pages keep their content", async ({ page }) => {
    await signIn(page, "employer@demo.ijc.id", DEMO_PASSWORD);
    for (const path of ["/id/employer", "/id/employer/vacancies", "/id/employer/company"]) {
      await page.goto(path);
      await zoomText(page);
      await expectNoHorizontalScroll(page);
    }
  });
});
