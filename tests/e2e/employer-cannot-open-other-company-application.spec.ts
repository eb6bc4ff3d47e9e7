import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";
import { applyAsNewSeeker, postVacancy, registerEmployerWithCompany, signOut } from "./helpers/employer-journey";
import { DEMO_PASSWORD, signIn, uniqueEmail } from "./helpers/users";

const DEMO_EMPLOYER = "employer@demo.ijc.id";

function currentStatus(page: Page) {
  return page.locator("dt", { hasText: "Status sekarang" }).locator("xpath=following-sibling::dd[1]");
}

// The not-found page is checked by its heading: the HTTP status is 200 once the layout has
// started streaming before the page calls notFound().
async function expectNotFound(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expectNoAxeViolations(page);
}

test("employer cannot read or change another company's applications", async ({ page }) => {
  test.setTimeout(180_000);

  // Company A, the demo employer: one of its applications and its current state.
  await signIn(page, DEMO_EMPLOYER, DEMO_PASSWORD);
  await page.goto("/id/employer/vacancies");
  const rowWithApplications = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: /^Lihat lamaran/ }) })
    .filter({ hasNotText: "Belum ada lamaran" })
    .first();
  await rowWithApplications.getByRole("link", { name: /^Lihat lamaran/ }).click();
  await expect(page).toHaveURL(/\/employer\/vacancies\/[^/]+\/applications$/);
  const otherApplicationsUrl = page.url();
  await page.getByRole("link", { name: /^Buka lamaran/ }).first().click();
  await expect(page).toHaveURL(/\/employer\/applications\/[^/?]+$/);
  const otherApplicationUrl = page.url();
  const otherApplicationId = otherApplicationUrl.split("/").pop()!;
  const otherStatus = await currentStatus(page).textContent();
  const otherHistoryRows = await page.getByRole("table", { name: /Setiap perubahan status/ }).getByRole("row").count();
  await signOut(page);

  // Company B: a new employer with one applicant of its own.
  const employerEmail = uniqueEmail("employer-b");
  const suffix = employerEmail.split("@")[0]!.slice(-6);
  const title = `Staf Arsip ${suffix}`;
  const seekerName = `Agus Pratama ${suffix}`;
  await registerEmployerWithCompany(page, { person: "Bayu Santoso", company: `CV Lain ${suffix}`, email: employerEmail });
  const vacancyId = await postVacancy(page, title);
  await signOut(page);
  await applyAsNewSeeker(page, { name: seekerName, email: uniqueEmail("seeker-b"), vacancyId });
  await signOut(page);
  await signIn(page, employerEmail, DEMO_PASSWORD);

  // Opening A's pages by URL reads as missing.
  await expectNotFound(page, otherApplicationUrl);
  await expectNotFound(page, otherApplicationsUrl);

  // A forged status change: B's own form, pointed at A's application.
  await page.goto(`/id/employer/vacancies/${vacancyId}/applications`);
  await page.getByRole("link", { name: `Buka lamaran dari ${seekerName}` }).click();
  await expect(currentStatus(page)).toHaveText("Terkirim");
  await page.evaluate((id) => {
    const field = document.querySelector<HTMLInputElement>('input[name="applicationId"]');
    if (!field) throw new Error("The status form has no applicationId field");
    field.value = id;
  }, otherApplicationId);
  await page.getByLabel("Sedang ditinjau").check();
  await page.getByRole("button", { name: "Simpan status" }).click();
  await expect(page.getByRole("heading", { name: "Ada masalah" })).toBeVisible();
  await expect(page.getByText("Lamaran tidak ditemukan. Muat ulang halaman lalu coba lagi")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(currentStatus(page)).toHaveText("Terkirim");
  await signOut(page);

  // A's application is unchanged.
  await signIn(page, DEMO_EMPLOYER, DEMO_PASSWORD);
  await page.goto(otherApplicationUrl);
  await expect(currentStatus(page)).toHaveText(otherStatus ?? "");
  await expect(page.getByRole("table", { name: /Setiap perubahan status/ }).getByRole("row")).toHaveCount(otherHistoryRows);
  await expectNoAxeViolations(page);
});
