import { randomInt } from "node:crypto";

import { expect, test, type Browser, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";
import { DEMO_PASSWORD, registerAs, signIn, uniqueEmail } from "./helpers/users";

// A new employer registers a Bandung company, and the demo Bandung officer rejects it, then
// verifies it. A decision sent from a page opened before the previous decision is rejected as stale.

function randomNib(): string {
  return Array.from({ length: 13 }, () => randomInt(10)).join("");
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function registerBandungCompany(page: Page, companyName: string): Promise<void> {
  await registerAs(page, "employer", "Rina Wulandari", uniqueEmail("employer-verify"));
  await page.getByLabel("Nama perusahaan atau instansi").fill(companyName);
  await page.getByLabel("Nomor Induk Berusaha (NIB)").fill(randomNib());
  await page.getByLabel("Swasta").check();
  await page.getByLabel("Jumlah seluruh pekerja").fill("150");
  await page.getByLabel("Jumlah pekerja penyandang disabilitas saat ini").fill("1");
  await page.getByLabel("Kabupaten/kota tempat kerja utama").selectOption({ label: "Kota Bandung" });
  await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
  await expect(page).toHaveURL(/\/id\/employer(\?.*)?$/);
  await expect(page.getByText(companyName)).toBeVisible();
}

test("Bandung officer rejects, then verifies a new company", async ({ browser }) => {
  const companyName = `PT Uji Verifikasi ${randomInt(1_000_000)}`;
  const employer = await newPage(browser);
  await registerBandungCompany(employer, companyName);

  const officer = await newPage(browser);
  await signIn(officer, "officer.bandung@demo.ijc.id", DEMO_PASSWORD);
  await officer.goto("/id/office/companies?status=pending");
  await expect(officer.getByRole("link", { name: "Menunggu verifikasi", exact: true })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(officer);
  await officer.getByRole("link", { name: companyName }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(companyName);
  await expect(officer.getByText("Masih kurang 1 orang.")).toBeVisible();
  await expectNoAxeViolations(officer);
  const companyUrl = officer.url();

  // With no decision chosen, the summary links to the field's instruction.
  await officer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(officer.getByRole("heading", { name: "Ada masalah" })).toBeVisible();
  await expect(officer.getByRole("link", { name: "Pilih apakah Anda memverifikasi atau menolak perusahaan ini" })).toBeVisible();
  await expect(officer).toHaveTitle(/^Galat: /);
  await expectNoAxeViolations(officer);

  await officer.getByLabel("Tolak verifikasi").check();
  await officer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(officer.getByRole("link", { name: "Masukkan alasan penolakan" })).toBeVisible();
  await expect(officer.getByLabel("Tolak verifikasi")).toBeChecked();

  // A second tab opened now goes stale once the first tab decides.
  const staleTab = await officer.context().newPage();
  await staleTab.goto(companyUrl);

  await officer.getByLabel("Alasan").fill("NIB tidak ditemukan di OSS. Periksa kembali nomornya.");
  await officer.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(officer.locator("main").getByRole("status")).toHaveText("Verifikasi perusahaan ini ditolak. Alasannya tercatat.");
  await expect(officer.getByText("Alasan: NIB tidak ditemukan di OSS. Periksa kembali nomornya.")).toBeVisible();

  await staleTab.getByLabel("Verifikasi perusahaan ini").check();
  await staleTab.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staleTab.getByText(/Data perusahaan ini berubah setelah Anda membuka halaman/).first()).toBeVisible();
  await expectNoAxeViolations(staleTab);

  await staleTab.reload();
  await staleTab.getByLabel("Verifikasi perusahaan ini").check();
  await staleTab.getByRole("button", { name: "Simpan keputusan" }).click();
  await expect(staleTab.locator("main").getByRole("status")).toHaveText("Perusahaan ini sudah diverifikasi.");
  await expect(staleTab.getByRole("definition").filter({ hasText: /^Terverifikasi$/ })).toBeVisible();
  await expectNoAxeViolations(staleTab);

  // The employer's own dashboard shows the new status.
  await employer.goto("/id/employer");
  await expect(employer.getByRole("definition").filter({ hasText: /^Terverifikasi$/ })).toBeVisible();
});
