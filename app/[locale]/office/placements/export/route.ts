import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";

import { requireCityOfficer } from "@/lib/auth/actor";
import { exportCityPlacements } from "@/lib/city-office/export-city-placements";
import { getPrisma } from "@/lib/db/prisma";
import { routing } from "@/lib/i18n/routing";
import { requestLogger } from "@/lib/logging/logger";

// GET /{locale}/office/placements/export: the officer's own city placements as CSV, with column
// headings in the page's language. The city comes from the session, never from the request.
export async function GET(_request: Request, context: { params: Promise<{ locale: string }> }) {
  const { locale } = await context.params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const officer = await requireCityOfficer();

  const t = await getTranslations({ locale, namespace: "office.csv" });
  const csv = await exportCityPlacements({
    db: getPrisma(),
    actor: officer,
    locale,
    fileNamePrefix: t("fileNamePrefix"),
    headings: {
      seekerName: t("seekerName"),
      vacancyTitle: t("vacancyTitle"),
      companyName: t("companyName"),
      occupationCode: t("occupationCode"),
      occupationTitle: t("occupationTitle"),
      hiredOn: t("hiredOn"),
      followUps: [t("followUp1"), t("followUp3"), t("followUp6"), t("followUp12")],
    },
  });

  requestLogger({ route: "office.placements.export", userId: officer.userId, role: officer.role }).info(
    { cityCode: officer.cityCode, fileName: csv.fileName },
    "placements exported",
  );
  return new Response(csv.content, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // The file name holds only ASCII letters, digits, dots and hyphens, so it needs no encoding.
      "Content-Disposition": `attachment; filename="${csv.fileName}"`,
      // Personal data: keep it out of shared caches and the browser's back-forward cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
