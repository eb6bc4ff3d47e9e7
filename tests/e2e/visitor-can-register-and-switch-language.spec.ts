import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";
import { uniqueEmail } from "./helpers/users";

test("home page is in Indonesian by default and switches to English", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/id$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pekerjaan layak untuk penyandang disabilitas");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Decent work for people with disabilities");
  await expectNoAxeViolations(page);
});

test("registration shows every error in the summary and keeps typed values", async ({ page }) => {
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill("Siti Rahma");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();

  const summary = page.getByRole("heading", { name: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole("link", { name: "Select whether you are a job seeker or an employer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Password must be at least 8 characters" })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Siti Rahma");
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expectNoAxeViolations(page);
});

test("registration works by keyboard alone and rejects a taken email", async ({ page }) => {
  const email = uniqueEmail("keyboard");
  await page.goto("/id/register");

  await page.getByLabel("Pencari kerja").focus();
  await page.keyboard.press("Space");
  // A radio group is one tab stop, so the next Tab reaches the name field.
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Nama lengkap")).toBeFocused();
  await page.keyboard.type("Budi Santoso");
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("kata sandi yang panjang sekali");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/id\/seeker\/profile/);

  await page.getByRole("button", { name: "Keluar" }).click();
  await page.goto("/id/register");
  await page.getByLabel("Pemberi kerja").check();
  await page.getByLabel("Nama lengkap").fill("Orang Lain");
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Kata sandi").fill("kata sandi lain yang panjang");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByRole("link", { name: /Alamat email ini sudah terdaftar/ })).toBeVisible();
});
