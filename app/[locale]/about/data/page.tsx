import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { DetailList } from "@/components/office/detail-list";
import { loadAttributions } from "@/lib/about/load-attributions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "about.data" });
  return { title: t("title") };
}

export default async function DataSourcesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("about.data");
  const attributions = await loadAttributions({ locale: locale === "en" ? "en" : "id" });

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl">{t("intro")}</p>
      {/* A list rather than a table: attributions are long sentences, which a table squeezes into
          unreadable columns at 320 px. */}
      <ul className="max-w-3xl space-y-8">
        {attributions.map((source) => (
          <li key={source.id}>
            <h2 className="mb-2 text-xl font-bold">
              {source.url ? (
                <a href={source.url} className="inline-block min-h-6" rel="noopener noreferrer">
                  {source.name}
                </a>
              ) : (
                source.name
              )}
            </h2>
            <DetailList
              items={[
                { label: t("licence"), value: source.licence },
                { label: t("attribution"), value: source.attribution },
              ]}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
