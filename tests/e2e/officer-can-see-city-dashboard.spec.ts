import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";
import { DEMO_PASSWORD, signIn } from "./helpers/users";

// Uses the demo seed: officer.bandung serves Kota Bandung (32.73), which has seekers, vacancies,
// applications and at least one placement.
const BANDUNG_OFFICER = "officer.bandung@demo.ijc.id";

test("Bandung officer sees city counts, placements and the CSV export", async ({ page }) => {
  await signIn(page, BANDUNG_OFFICER, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/id\/office$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dasbor ULD");
  await expect(page.getByText("Kota Bandung, Jawa Barat")).toBeVisible();
  for (const term of ["Pencari kerja terdaftar", "Lowongan dibuka", "Lamaran", "Penempatan"]) {
    await expect(page.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
  }
  const placementsCount = page.getByRole("definition").nth(3);
  await expect(placementsCount).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole("table", { name: "Jumlah lamaran ke lowongan di kota ini, menurut status" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Menu ULD" }).getByRole("link", { name: "Penempatan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Penempatan");
  const table = page.getByRole("table", { name: "Penempatan di Kota Bandung" });
  await expect(table).toBeVisible();
  const placementRows = table.getByRole("row");
  // One header row plus one row per placement.
  await expect(placementRows).not.toHaveCount(1);
  await expect(table.getByText(/^12 bulan: jatuh tempo \d{1,2} \w+ \d{4}$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh penempatan sebagai CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^penempatan-32\.73-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    '"Nama pencari kerja","Lowongan","Perusahaan","Kode KBJI","Jabatan","Tanggal diterima","Tindak lanjut 1 bulan","Tindak lanjut 3 bulan","Tindak lanjut 6 bulan","Tindak lanjut 12 bulan"',
  );
  expect(lines.length).toBeGreaterThan(1);
});

test("Bandung officer reads the pages in English", async ({ page }) => {
  await signIn(page, BANDUNG_OFFICER, DEMO_PASSWORD, "en");
  await page.goto("/en/office");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ULD dashboard");
  await expect(page.getByRole("term").filter({ hasText: /^Open vacancies$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/en/office/placements");
  await expect(page.getByRole("table", { name: "Placements in Kota Bandung" })).toBeVisible();
  await expect(page.getByText(/^1 month: due on \d{1,2} \w+ \d{4}$/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const response = await page.request.get("/en/office/placements/export");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="placements-32\.73-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(await response.text()).toContain('"Job seeker name","Vacancy","Company"');
});

test("Bandung officer opens a seeker record from the list", async ({ page }) => {
  await signIn(page, BANDUNG_OFFICER, DEMO_PASSWORD);
  await page.goto("/id/office/seekers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pencari kerja");
  const list = page.getByRole("table", { name: "Pencari kerja di Kota Bandung" });
  await expect(list).toBeVisible();
  // The list shows no disability data.
  await expect(page.getByText("Ragam disabilitas")).toHaveCount(0);
  await expectNoAxeViolations(page);

  const firstSeeker = list.getByRole("rowheader").first().getByRole("link");
  const name = (await firstSeeker.textContent())?.trim() ?? "";
  await firstSeeker.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText(/Akses Anda ke profil ini sudah dicatat/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Disabilitas dan kebutuhan" })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: /^Ragam disabilitas$/ }).first()).toBeVisible();
  // Home city and the place preference, worded for the officer rather than in the seeker's voice.
  await expect(page.getByRole("definition").filter({ hasText: /^Kota Bandung, Jawa Barat$/ })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: /^Bersedia bekerja di$/ })).toBeVisible();
  await expect(
    page.getByRole("definition").filter({ hasText: /^(Kabupaten\/kota sendiri saja \(Kota Bandung\)|Provinsi sendiri \(Jawa Barat\)|Di mana saja di Indonesia)$/ }),
  ).toBeVisible();
  await expect(page.getByText(/^(Hanya di kabupaten\/kota saya|Di provinsi saya)$/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("admin sees a note instead of a city dashboard", async ({ page }) => {
  await signIn(page, "admin@demo.ijc.id", DEMO_PASSWORD);
  await page.goto("/id/office");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrasi");
  await expect(page.getByText(/create-staff-user\.ts/)).toBeVisible();
  await expectNoAxeViolations(page);
});
