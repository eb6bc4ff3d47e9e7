import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { PlacementsTable } from "@/components/office/placements-table";
import { requireCityOfficer } from "@/lib/auth/actor";
import { listCityPlacements } from "@/lib/city-office/list-city-placements";
import { getOfficerCity } from "@/lib/city-office/officer-city";
import { getPrisma } from "@/lib/db/prisma";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

import { orNotFound } from "../or-not-found";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "office.placements" });
  return { title: t("title") };
}

export default async function OfficePlacementsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const officer = await requireCityOfficer();
  const db = getPrisma();
  const city = await orNotFound(getOfficerCity({ db, actor: officer }));
  const placements = await listCityPlacements({ db, actor: officer, ianaZone: city.ianaZone });
  const t = await getTranslations("office.placements");

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro", { city: city.name })}</p>

      {placements.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <PlacementsTable placements={placements} cityName={city.name} locale={locale as Locale} />
      )}

      <section aria-labelledby="export-title" className="mt-10">
        <h2 id="export-title" className="mb-2 text-2xl font-bold">
          {t("exportTitle")}
        </h2>
        <p className="mb-2 text-gray-700" id="export-hint">
          {t("exportHint")}
        </p>
        {/* A plain link: the CSV comes from a route handler, which client navigation must not prefetch. */}
        <a
          href={getPathname({ href: "/office/placements/export", locale })}
          aria-describedby="export-hint"
          className="inline-block min-h-6 font-bold"
          download
        >
          {t("exportLink")}
        </a>
      </section>
    </>
  );
}
