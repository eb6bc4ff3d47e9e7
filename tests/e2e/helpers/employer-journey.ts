import { randomInt } from "node:crypto";

import { expect, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./axe";
import { registerAs } from "./users";

// Steps shared by the employer specs, in Indonesian (the default locale). Each returns what later
// steps need, read from the page rather than from the database.

export function uniqueNib(): string {
  return `7${Array.from({ length: 12 }, () => randomInt(10)).join("")}`;
}

// A date `days` from today as YYYY-MM-DD, far enough ahead that no time zone makes it past.
export function dateInDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export async function fillCompanyForm(page: Page, company: { name: string; nib: string }): Promise<void> {
  await page.getByLabel("Nama perusahaan atau instansi").fill(company.name);
  await page.getByLabel("Nomor Induk Berusaha (NIB)").fill(company.nib);
  await page.getByLabel("Swasta").check();
  await page.getByLabel("Jumlah seluruh pekerja").fill("150");
  await page.getByLabel("Jumlah pekerja penyandang disabilitas saat ini").fill("1");
  await page.getByLabel("Kabupaten/kota tempat kerja utama").selectOption({ label: "Kota Bandung" });
  await page.getByLabel("Akses tanpa tangga").check();
}

// Registers an employer and creates its company; ends on the dashboard.
export async function registerEmployerWithCompany(page: Page, names: { person: string; company: string; email: string }): Promise<void> {
  await registerAs(page, "employer", names.person, names.email);
  await fillCompanyForm(page, { name: names.company, nib: uniqueNib() });
  await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
  await expect(page).toHaveURL(/\/id\/employer\?created=1$/);
}

export async function fillVacancyForm(page: Page, vacancy: { title: string; description: string }): Promise<void> {
  await page.getByLabel("Nama jabatan").fill(vacancy.title);
  await page.getByLabel("Jenis pekerjaan (KBJI 2014)").selectOption("4132");
  await page.getByLabel("Uraian pekerjaan").fill(vacancy.description);
  await page.getByLabel("Di tempat kerja").check();
  await page.getByLabel("Penuh waktu").check();
  await page.getByLabel("Jam kerja per minggu").fill("40");
  await page.getByLabel("Gaji terendah per bulan dalam rupiah (tidak wajib)").fill("4.500.000");
  await page.getByLabel("Gaji tertinggi per bulan dalam rupiah (tidak wajib)").fill("5500000");
  await page.getByText("Administrasi perkantoran").click();
  await page.getByRole("combobox", { name: "Mengisi formulir", exact: true }).selectOption("required:2");
  await page.getByLabel("Uraian fungsi pokok 1").fill("Memasukkan data dari formulir kertas ke sistem");
  await page.getByRole("combobox", { name: "Melihat" }).first().selectOption("high");
  await page.getByRole("checkbox", { name: "Pembaca layar", exact: true }).check();
  await page.getByLabel("Batas akhir lamaran").fill(dateInDays(30));
  await page.getByLabel("Jumlah orang yang dibutuhkan").fill("2");
}

// Posts a published vacancy from the dashboard and returns its id, read from the edit link.
export async function postVacancy(page: Page, title: string): Promise<string> {
  await page.goto("/id/employer/vacancies/new");
  await fillVacancyForm(page, { title, description: "Memasukkan data pelanggan ke sistem dengan teliti." });
  await page.getByRole("button", { name: "Simpan lowongan" }).click();
  await expect(page).toHaveURL(/\/id\/employer\/vacancies\?saved=1$/);
  const href = await page.getByRole("link", { name: `Ubah ${title}` }).getAttribute("href");
  const id = /\/employer\/vacancies\/([^/]+)\/edit/.exec(href ?? "")?.[1];
  if (!id) throw new Error(`No edit link for vacancy "${title}"`);
  return id;
}

// Registers a seeker, fills the required "about" step and applies to the vacancy.
export async function applyAsNewSeeker(page: Page, options: { name: string; email: string; vacancyId: string }): Promise<void> {
  await registerAs(page, "seeker", options.name, options.email);
  await page.goto("/id/seeker/profile/about");
  await page.getByLabel("Kabupaten/kota tempat tinggal").selectOption({ label: "Kota Bandung" });
  await page.getByLabel("Pendidikan terakhir").selectOption("senior_secondary");
  await page.getByLabel("Lama pengalaman kerja, dalam tahun").fill("2");
  await page.getByLabel("Hanya di kabupaten/kota saya").check();
  await page.getByRole("button", { name: "Simpan dan lanjutkan nanti" }).click();
  await expect(page).not.toHaveURL(/\/about$/);

  await page.goto(`/id/vacancies/${options.vacancyId}`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Surat lamaran singkat (tidak wajib)").fill("Saya teliti dan terbiasa mengetik cepat.");
  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await expect(page).toHaveURL(/\/id\/seeker\/applications/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" }).first()).toBeVisible();
}
