import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";
import { applyAsNewSeeker, dateInDays, fillCompanyForm, fillVacancyForm, signOut, uniqueNib } from "./helpers/employer-journey";
import { DEMO_PASSWORD, registerAs, signIn, uniqueEmail } from "./helpers/users";

test("employer creates a company, posts a vacancy and hires an applicant", async ({ page }) => {
  test.setTimeout(180_000);
  const employerEmail = uniqueEmail("employer");
  const suffix = employerEmail.split("@")[0]!.slice(-6);
  const companyName = `PT Uji Inklusif ${suffix}`;
  const title = `Petugas Entri Data ${suffix}`;
  const seekerName = `Dewi Lestari ${suffix}`;

  // Company profile, first with an invalid NIB.
  await registerAs(page, "employer", "Rina Wijaya", employerEmail);
  await expectNoAxeViolations(page);
  await fillCompanyForm(page, { name: companyName, nib: "12345" });
  await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
  await expect(page.getByRole("heading", { name: "Ada masalah" })).toBeVisible();
  await expect(page).toHaveTitle(/^Galat: /);
  const nibError = "Nomor Induk Berusaha (NIB) harus 13 angka, contoh 1234567890123";
  await expect(page.getByRole("link", { name: nibError })).toBeVisible();
  await expect(page.getByLabel("Nama perusahaan atau instansi")).toHaveValue(companyName);
  await expect(page.getByLabel("Akses tanpa tangga")).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByLabel("Nomor Induk Berusaha (NIB)").fill(uniqueNib());
  await page.getByRole("button", { name: "Simpan profil perusahaan" }).click();
  await expect(page).toHaveURL(/\/id\/employer\?created=1$/);
  await expect(page.getByRole("status")).toContainText("menunggu verifikasi");
  await expect(page.getByText(companyName)).toBeVisible();
  // A private firm of 150 owes ceil(1.5) = 2 workers with disabilities and employs 1.
  await expect(page.getByText("Masih kurang 1 orang untuk memenuhi kuota.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Vacancy, first with a decimal salary and exclusionary wording.
  await page.getByRole("link", { name: "Pasang lowongan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pasang lowongan" })).toBeVisible();
  await expect(page.getByLabel("Kabupaten/kota tempat kerja")).toHaveValue("32.73");
  await expectNoAxeViolations(page);
  await fillVacancyForm(page, { title, description: "Memasukkan data pelanggan. Syarat: berpenampilan menarik." });
  await expect(page.getByRole("heading", { name: "Saran kata-kata yang inklusif" })).toBeVisible();
  await expect(page.getByText("“berpenampilan menarik” di uraian pekerjaan")).toBeVisible();

  // One submit reports every error, in the order of the fields on the form.
  await page.getByLabel("Gaji terendah per bulan dalam rupiah (tidak wajib)").fill("6.000.000");
  await page.getByLabel("Batas akhir lamaran").fill(dateInDays(-2));
  await page.getByLabel("Jumlah orang yang dibutuhkan").fill("0");
  await page.getByRole("button", { name: "Simpan lowongan" }).click();
  const salaryOrderError = "Gaji tertinggi harus sama dengan atau lebih besar dari gaji terendah";
  const summaryLinks = page.getByRole("list").filter({ has: page.getByRole("link", { name: salaryOrderError }) }).getByRole("link");
  await expect(summaryLinks).toHaveText([
    salaryOrderError,
    "Batas akhir lamaran harus hari ini atau sesudahnya",
    "Jumlah orang yang dibutuhkan harus bilangan bulat dari 1 sampai 1.000",
  ]);
  await expectNoAxeViolations(page);
  await page.getByLabel("Batas akhir lamaran").fill(dateInDays(30));
  await page.getByLabel("Jumlah orang yang dibutuhkan").fill("2");

  await page.getByLabel("Gaji terendah per bulan dalam rupiah (tidak wajib)").fill("4.500.000,50");
  await page.getByRole("button", { name: "Simpan lowongan" }).click();
  const salaryError = "Tulis gaji dalam rupiah penuh tanpa sen atau koma, contoh 4.500.000";
  await expect(page.getByRole("link", { name: salaryError })).toBeVisible();
  await expect(page.getByLabel("Nama jabatan")).toHaveValue(title);
  await expect(page.getByRole("combobox", { name: "Mengisi formulir", exact: true })).toHaveValue("required:2");
  await expect(page.getByLabel("Batas akhir lamaran")).toHaveValue(dateInDays(30));
  await expectNoAxeViolations(page);

  // Saving with the flagged wording is allowed and opens the edit form with the hints.
  await page.getByLabel("Gaji terendah per bulan dalam rupiah (tidak wajib)").fill("4.500.000");
  await page.getByRole("button", { name: "Simpan lowongan" }).click();
  await expect(page).toHaveURL(/\/id\/employer\/vacancies\/[^/]+\/edit\?saved=1$/);
  const vacancyId = /\/employer\/vacancies\/([^/]+)\/edit/.exec(page.url())![1]!;
  await expect(page.getByRole("status")).toContainText("Lowongan tersimpan");
  await expect(page.getByText("“berpenampilan menarik” di uraian pekerjaan")).toBeVisible();
  await expect(page.getByLabel("Gaji terendah per bulan dalam rupiah (tidak wajib)")).toHaveValue("4500000");
  await expectNoAxeViolations(page);

  await page.getByLabel("Uraian pekerjaan").fill("Memasukkan data pelanggan ke sistem dengan teliti.");
  await page.getByRole("button", { name: "Simpan lowongan" }).click();
  await expect(page).toHaveURL(/\/id\/employer\/vacancies\?saved=1$/);
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Dibuka");
  await expect(row).toContainText("Belum ada lamaran");
  await expectNoAxeViolations(page);
  await signOut(page);

  // A new seeker applies.
  await applyAsNewSeeker(page, { name: seekerName, email: uniqueEmail("seeker"), vacancyId });
  await signOut(page);

  // The employer moves the application to hired, one step at a time.
  await signIn(page, employerEmail, DEMO_PASSWORD);
  await page.goto("/id/employer/vacancies");
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("1 lamaran");
  await page.getByRole("link", { name: `Lihat lamaran untuk ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lamaran untuk ${title}`);
  await expect(page.getByRole("heading", { level: 2, name: seekerName })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: `Buka lamaran dari ${seekerName}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lamaran dari ${seekerName}`);
  await expectNoAxeViolations(page);
  const applicationUrl = page.url();

  await page.getByRole("button", { name: "Simpan status" }).click();
  await expect(page.getByRole("link", { name: "Pilih status baru" })).toBeVisible();
  await expectNoAxeViolations(page);

  for (const status of ["Sedang ditinjau", "Wawancara", "Ditawari pekerjaan", "Diterima bekerja"]) {
    await page.getByLabel(status).check();
    await page.getByLabel("Catatan (tidak wajib)").fill(`Tahap: ${status}`);
    await page.getByRole("button", { name: "Simpan status" }).click();
    await expect(page.getByRole("status")).toHaveText(`Status lamaran diubah menjadi ${status}.`);
  }
  await expect(page.getByText("Status ini final. Lamaran tidak dapat diubah lagi.")).toBeVisible();

  const history = page.getByRole("table", { name: /Setiap perubahan status/ });
  await expect(history.getByRole("row")).toHaveCount(6);
  await expect(history.getByRole("row").filter({ hasText: "Rina Wijaya" })).toHaveCount(4);
  await expect(history.getByRole("row").last()).toContainText("Diterima bekerja");
  await expect(history.getByRole("row").last()).toContainText("WIB");
  await expectNoAxeViolations(page);

  // The same page in English.
  await page.goto(applicationUrl.replace("/id/", "/en/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Application from ${seekerName}`);
  await expect(page.getByText("This status is final. The application cannot be changed any more.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/en/employer/vacancies");
  const englishRow = page.getByRole("row", { name: new RegExp(title) });
  await expect(englishRow).toContainText("0 in progress, 1 hired");
  await expectNoAxeViolations(page);

  // Closing and reopening from the list.
  await page.getByRole("button", { name: `Close vacancy ${title}` }).click();
  await expect(page.getByRole("status")).toHaveText("The vacancy is closed. Job seekers can no longer apply.");
  await expect(englishRow).toContainText("Closed");
  await page.getByRole("button", { name: `Reopen vacancy ${title}` }).click();
  await expect(page.getByRole("status")).toHaveText("The vacancy is open again.");
  await expect(englishRow).toContainText("Open");
});
