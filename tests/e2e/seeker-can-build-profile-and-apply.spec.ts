import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./helpers/axe";
import { registerAs, uniqueEmail } from "./helpers/users";

// Presses the step's main button and waits for the next page.
async function saveAndContinue(page: Page, nextTitle: string) {
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nextTitle);
}

test("seeker builds a profile, applies once and follows the application", async ({ page, context }) => {
  // The journey visits about twenty pages and scans each with axe, so it needs more than the default minute.
  test.setTimeout(240_000);
  await registerAs(page, "seeker", "Rina Lestari", uniqueEmail("seeker-journey"));

  // Overview before anything is saved: only "about you" can be started.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profil saya");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Isi Tentang Anda" }).click();

  // Step 1 submitted empty: every required answer is listed in the summary and inline.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tentang Anda");
  await expectNoAxeViolations(page);
  await page.getByLabel("Nama lengkap").fill("");
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Ada masalah" })).toBeVisible();
  await expect(page).toHaveTitle(/^Galat: /);
  for (const message of [
    "Masukkan nama lengkap Anda",
    "Pilih kabupaten/kota tempat tinggal Anda",
    "Pilih pendidikan terakhir Anda",
    "Masukkan lama pengalaman kerja dalam tahun, dengan angka seperti 0 atau 3",
    "Pilih di mana Anda mau bekerja",
  ]) {
    await expect(page.getByRole("link", { name: message })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // Step 1 by keyboard: the error summary link moves focus to the field.
  await page.getByRole("link", { name: "Masukkan nama lengkap Anda" }).click();
  await expect(page.getByLabel("Nama lengkap")).toBeFocused();
  await page.keyboard.type("Rina Lestari");
  await page.getByLabel("Kabupaten/kota tempat tinggal").selectOption({ label: "Kota Bandung" });
  await page.getByLabel("Pendidikan terakhir").selectOption({ label: "SMA/SMK/sederajat" });
  await page.getByLabel("Lama pengalaman kerja, dalam tahun").focus();
  await page.keyboard.type("2");
  await page.getByLabel("Di mana saja di Indonesia").focus();
  await page.keyboard.press("Space");
  await saveAndContinue(page, "Keterampilan");

  // Step 2: skills sit in one collapsible group per category, a level select per skill.
  await expectNoAxeViolations(page);
  await page.locator("summary", { hasText: "Kebersihan dan binatu" }).focus();
  await page.keyboard.press("Enter");
  await page.getByLabel("Melakukan tugas kebersihan").selectOption({ label: "Menengah" });
  await page.getByLabel("Membersihkan lantai gedung").selectOption({ label: "Dasar" });
  await saveAndContinue(page, "Ragam disabilitas");

  // Step 3: disability types need consent; without it the step refuses to save them.
  await expectNoAxeViolations(page);
  await page.getByLabel("Disabilitas fisik").check();
  await page.getByRole("button", { name: "Simpan dan lanjutkan", exact: true }).click();
  const consentError = "Centang persetujuan memproses data disabilitas untuk menyimpan jawaban ini, atau kosongkan jawabannya";
  await expect(page.getByRole("link", { name: consentError })).toBeVisible();
  await expect(page.getByLabel("Disabilitas fisik")).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel(/Saya setuju Pusat Kerja Inklusif memproses/).check();
  await saveAndContinue(page, "Kesulitan beraktivitas");

  // Step 4: one radio group per Washington Group domain.
  await expectNoAxeViolations(page);
  await page
    .getByRole("group", { name: "Mengalami kesulitan berjalan atau menaiki tangga" })
    .getByLabel("Banyak kesulitan")
    .check();
  await page.getByRole("group", { name: /Mengalami kesulitan melihat/ }).getByLabel("Tidak kesulitan").check();
  await saveAndContinue(page, "Kebutuhan akomodasi");

  // Step 5: accommodations and access features, each with its description as a hint.
  await expectNoAxeViolations(page);
  await page.getByLabel("Akses tanpa tangga").check();
  await saveAndContinue(page, "Apa yang boleh dilihat pemberi kerja");

  // Step 6: one yes/no per purpose; consent is already given and stays ticked.
  await expectNoAxeViolations(page);
  await expect(page.getByLabel(/Saya setuju Pusat Kerja Inklusif memproses/)).toBeChecked();
  await page.getByRole("group", { name: "Boleh pemberi kerja melihat jawaban Anda tentang kesulitan beraktivitas?" }).getByLabel("Ya").check();
  await page.getByRole("button", { name: "Simpan dan kembali ke profil" }).click();

  await expect(page.getByRole("main").getByRole("status")).toHaveText("Perubahan Anda sudah disimpan.");
  await expect(page.getByText("2 dipilih")).toBeVisible();
  await expect(page.getByText("2 dari 6 dijawab")).toBeVisible();
  await expect(page.getByText(/Persetujuan diberikan pada/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Ranked vacancies, each with a score and reasons.
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Lowongan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lowongan yang cocok untuk Anda");
  const ranked = page.getByRole("list", { name: "Lowongan, diurutkan dari yang paling cocok" }).getByRole("article");
  await expect(ranked.first()).toBeVisible();
  await expect(ranked.first().getByText(/^Kecocokan [\d,]+ dari 100$/)).toBeVisible();
  await expect(ranked.first().getByRole("list", { name: "Alasan" }).getByRole("listitem").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The detail page explains the score part by part.
  const firstLink = ranked.first().getByRole("heading", { level: 2 }).getByRole("link");
  const title = (await firstLink.textContent())!.trim();
  await firstLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("table", { name: /Rincian skor/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Yang sudah cocok" })).toBeVisible();
  await expectNoAxeViolations(page);
  const detailUrl = page.url();

  // A second tab opens the same vacancy before the first one applies.
  const secondTab = await context.newPage();
  await secondTab.goto(detailUrl);
  await expect(secondTab.getByRole("button", { name: "Kirim lamaran" })).toBeVisible();

  await page.getByLabel("Surat lamaran singkat (tidak wajib)").fill("Saya terbiasa bekerja teliti dan tepat waktu.");
  await page.getByRole("button", { name: "Kirim lamaran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lamaran saya");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Lamaran Anda sudah terkirim.");
  const applications = page.getByRole("list", { name: "Lamaran, yang terbaru lebih dulu" }).getByRole("article");
  await expect(applications).toHaveCount(1);
  await expect(applications.first().getByRole("heading", { level: 2 })).toHaveText(title);
  await expect(applications.first().getByText("Terkirim", { exact: true })).toBeVisible();
  await expect(applications.first().getByText(/^Terkirim, oleh Pencari kerja, /)).toBeVisible();
  await expectNoAxeViolations(page);

  // The second tab's submit is refused with the date of the first application.
  await secondTab.getByRole("button", { name: "Kirim lamaran" }).click();
  await expect(secondTab.getByRole("heading", { name: "Ada masalah" })).toBeVisible();
  await expect(secondTab.getByText(/^Anda sudah melamar lowongan ini pada \d{1,2} \w+ \d{4}$/)).toBeVisible();
  await expectNoAxeViolations(secondTab);
  await secondTab.close();

  // Reloading the vacancy shows the earlier application instead of the form.
  await page.goto(detailUrl);
  await expect(page.getByText(/^Anda sudah melamar lowongan ini pada /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Kirim lamaran" })).toHaveCount(0);

  // The vacancy list marks the vacancy as applied to, and only that one.
  await page.goto("/id/seeker/vacancies");
  const appliedCard = page.getByRole("article", { name: title, exact: true });
  await expect(appliedCard.getByText(/^Sudah dilamar pada \d{1,2} \w+ \d{4}$/)).toBeVisible();
  await expect(page.getByText(/^Sudah dilamar pada /)).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.goto("/en/seeker/vacancies");
  await expect(page.getByRole("article", { name: title, exact: true }).getByText(/^Applied on \d{1,2} \w+ \d{4}$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Still one application, also in English.
  await page.goto("/en/seeker/applications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My applications");
  await expect(page.getByRole("list", { name: "Applications, newest first" }).getByRole("article")).toHaveCount(1);
  await expect(page.getByText(/^Submitted, by Job seeker, /)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(detailUrl.replace("/id/", "/en/"));
  await expect(page.getByRole("table", { name: /Score breakdown/ })).toBeVisible();
  await expect(page.getByText(/^You already applied for this vacancy on \d{1,2} \w+ \d{4}\./)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("profile steps after the first need the first", async ({ page }) => {
  await registerAs(page, "seeker", "Dewi Anggraini", uniqueEmail("seeker-order"));
  await page.goto("/id/seeker/profile/skills");
  await expect(page).toHaveURL(/\/id\/seeker\/profile\/about$/);

  await page.goto("/en/seeker/vacancies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vacancies that fit you");
  await expect(page.getByRole("link", { name: "Fill in \"About you\"" })).toBeVisible();
  await expectNoAxeViolations(page);
});
