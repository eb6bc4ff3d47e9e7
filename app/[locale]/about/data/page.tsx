import { readFile } from "node:fs/promises";
import path from "node:path";

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";

import { DetailList } from "@/components/office/detail-list";

type Props = { params: Promise<{ locale: string }> };

// One entry of prisma/data/attributions.json, written with the reference data it describes.
const attributionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  licence: z.string().min(1),
  attributionId: z.string().min(1),
  attributionEn: z.string().min(1),
  url: z.url().optional(),
});

type Attribution = z.infer<typeof attributionSchema>;

// Read at request time from the working directory, which `next start` and `next dev` run in.
// NOTE: a standalone build must copy prisma/data/attributions.json next to the server.
async function loadAttributions(): Promise<Attribution[]> {
  const file = path.join(process.cwd(), "prisma", "data", "attributions.json");
  const text = await readFile(file, "utf8");
  return z.array(attributionSchema).parse(JSON.parse(text));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "about.data" });
  return { title: t("title") };
}

export default async function DataSourcesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("about.data");
  const attributions = await loadAttributions();

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
                { label: t("attribution"), value: locale === "id" ? source.attributionId : source.attributionEn },
              ]}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
