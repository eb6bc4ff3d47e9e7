import { getTranslations, setRequestLocale } from "next-intl/server";

import { Link } from "@/lib/i18n/navigation";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");

  const audiences = [
    { key: "seekers", href: "/register?role=seeker" },
    { key: "employers", href: "/register?role=employer" },
    { key: "officers", href: "/login" },
  ] as const;

  return (
    <>
      <h1 className="mb-4 text-4xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl text-xl">{t("lead")}</p>
      <ul className="grid gap-6 md:grid-cols-3">
        {audiences.map((audience) => (
          <li key={audience.key} className="border-t-4 border-blue-900 pt-4">
            <h2 className="mb-2 text-2xl font-bold">{t(`${audience.key}.title`)}</h2>
            <p className="mb-3">{t(`${audience.key}.body`)}</p>
            <Link href={audience.href} className="font-bold">
              {t(`${audience.key}.action`)}
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="mt-10 mb-2 text-2xl font-bold">{t("twinTrack.title")}</h2>
      <p className="max-w-3xl">{t("twinTrack.body")}</p>
    </>
  );
}
