import { expect, test, type Browser, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";
import { DEMO_PASSWORD, signIn } from "./helpers/users";

// Uses the demo seed: officer.bandung serves Kota Bandung (32.73), officer.surabaya Kota
// Surabaya (35.78). Bandung record links are read as the Bandung officer, then opened as Surabaya.

type BandungRecords = { companyPath: string; companyName: string; seekerPath: string; placedSeekers: string[] };

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

async function readBandungRecords(browser: Browser): Promise<BandungRecords> {
  const page = await signedInPage(browser, "officer.bandung@demo.ijc.id");

  await page.goto("/id/office/companies");
  const companyLink = page.getByRole("table", { name: "Perusahaan di Kota Bandung" }).getByRole("rowheader").first().getByRole("link");
  const companyPath = (await companyLink.getAttribute("href")) ?? "";
  const companyName = (await companyLink.textContent())?.trim() ?? "";

  await page.goto("/id/office/seekers");
  const seekerLink = page.getByRole("table", { name: "Pencari kerja di Kota Bandung" }).getByRole("rowheader").first().getByRole("link");
  const seekerPath = (await seekerLink.getAttribute("href")) ?? "";

  await page.goto("/id/office/placements");
  const placedSeekers = (await page.getByRole("table", { name: "Penempatan di Kota Bandung" }).getByRole("rowheader").allTextContents()).map(
    (name) => name.trim(),
  );

  await page.context().close();
  expect(companyPath).toMatch(/^\/id\/office\/companies\/[^/]+$/);
  expect(seekerPath).toMatch(/^\/id\/office\/seekers\/[^/]+$/);
  expect(placedSeekers.length).toBeGreaterThan(0);
  return { companyPath, companyName, seekerPath, placedSeekers };
}

test("Surabaya officer gets not-found for Bandung records and sees no Bandung placements", async ({ browser }) => {
  const bandung = await readBandungRecords(browser);
  const page = await signedInPage(browser, "officer.surabaya@demo.ijc.id");

  const companyResponse = await page.goto(bandung.companyPath);
  expect(companyResponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expect(page.getByText(bandung.companyName)).toHaveCount(0);
  await expectNoAxeViolations(page);

  const seekerResponse = await page.goto(bandung.seekerPath);
  expect(seekerResponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");

  await page.goto("/id/office/companies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verifikasi perusahaan");
  await expect(page.getByRole("link", { name: bandung.companyName })).toHaveCount(0);

  await page.goto("/id/office/placements");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Penempatan");
  await expect(page.getByText("Kota Surabaya").first()).toBeVisible();
  for (const name of bandung.placedSeekers) {
    await expect(page.getByRole("rowheader", { name })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);

  const csv = await (await page.request.get("/id/office/placements/export")).text();
  expect(csv).toContain("Nama pencari kerja");
  for (const name of bandung.placedSeekers) {
    expect(csv).not.toContain(name);
  }
});

test("Surabaya officer's dashboard names Surabaya only", async ({ browser }) => {
  const page = await signedInPage(browser, "officer.surabaya@demo.ijc.id");
  await expect(page.getByText("Kota Surabaya, Jawa Timur")).toBeVisible();
  await expect(page.getByText("Kota Bandung")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
