import { expect, test } from "@playwright/test";

import { uniqueEmail } from "./helpers/users";

// Slow phones may show a form before its script loads; server actions post as plain HTML forms.
test.use({ javaScriptEnabled: false });

test("registration errors render without JavaScript", async ({ page }) => {
  await page.goto("/id/register");
  await page.getByLabel("Nama lengkap").fill("Dewi Lestari");
  await page.getByRole("button", { name: "Buat akun" }).click();

  await expect(page.getByRole("heading", { name: "Ada masalah" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pilih apakah Anda pencari kerja atau pemberi kerja" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Masukkan alamat email Anda" })).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Dewi Lestari");
});

test("registration and sign-in work without JavaScript", async ({ page }) => {
  const email = uniqueEmail("nojs");
  await page.goto("/id/register");
  await page.getByLabel("Pencari kerja").check();
  await page.getByLabel("Nama lengkap").fill("Dewi Lestari");
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Kata sandi").fill("kata sandi tanpa skrip");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page).toHaveURL(/\/id\/seeker\/profile/);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/id$/);

  await page.goto("/id/login");
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Kata sandi").fill("salah sekali");
  await page.locator("main").getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("link", { name: "Alamat email atau kata sandi salah" })).toBeVisible();

  await page.getByLabel("Kata sandi").fill("kata sandi tanpa skrip");
  await page.locator("main").getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/id\/seeker\/vacancies/);
});
