import { randomBytes } from "node:crypto";

import { expect, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";

export const DEMO_PASSWORD = "demo-password-2026";

// Each spec registers its own users, so specs never depend on each other's data.
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${randomBytes(3).toString("hex")}@e2e.test`;
}

export async function signIn(page: Page, email: string, password: string, locale: "id" | "en" = "id"): Promise<void> {
  await page.goto(`/${locale}/login`);
  const labels = locale === "id" ? { email: "Alamat email", password: "Kata sandi", submit: "Masuk" } : { email: "Email address", password: "Password", submit: "Sign in" };
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.locator("main").getByRole("button", { name: labels.submit }).click();
  await expect(page).not.toHaveURL(/\/login$/);
}

export async function registerAs(page: Page, role: "seeker" | "employer", name: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/id/register");
  await expectNoAxeViolations(page);
  await page.getByLabel(role === "seeker" ? "Pencari kerja" : "Pemberi kerja").check();
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("Alamat email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page).toHaveURL(role === "seeker" ? /\/id\/seeker\/profile/ : /\/id\/employer\/company/);
}
