import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireCityOfficer } from "@/lib/auth/actor";
import { listCitySeekers } from "@/lib/city-office/list-city-seekers";
import { getOfficerCity } from "@/lib/city-office/officer-city";
import { getPrisma } from "@/lib/db/prisma";
import { Link } from "@/lib/i18n/navigation";

import { orNotFound } from "../or-not-found";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "office.seekers" });
  return { title: t("title") };
}

export default async function OfficeSeekersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const officer = await requireCityOfficer();
  const db = getPrisma();
  const city = await orNotFound(getOfficerCity({ db, actor: officer }));
  const seekers = await listCitySeekers({ db, actor: officer });
  const t = await getTranslations("office.seekers");

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl">{t("intro", { city: city.name })}</p>
      <p className="mb-6 max-w-3xl">{t("privacyNote")}</p>

      {seekers.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ScrollRegion label={t("region")}>
          <table className="min-w-full border-collapse text-left">
            <caption className="sr-only">{t("caption", { city: city.name })}</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="py-2 pr-4">
                  {t("columns.name")}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t("columns.skills")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("columns.applications")}
                </th>
              </tr>
            </thead>
            <tbody>
              {seekers.map((seeker) => (
                <tr key={seeker.id} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-4">
                    {/* No prefetch: rendering a record writes an audit row, so only a real visit may render it. */}
                    <Link href={`/office/seekers/${seeker.id}`} prefetch={false} className="inline-block min-h-6">
                      {seeker.fullName}
                    </Link>
                  </th>
                  <td className="py-2 pr-4 text-right">{seeker.skillCount}</td>
                  <td className="py-2 text-right">{seeker.applicationCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
