import { getTranslations } from "next-intl/server";

import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-12 border-t-4 border-blue-900 bg-gray-100">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6">
        <p>{t("footer.tagline")}</p>
        <Link href="/about/data">{t("footer.dataSources")}</Link>
      </div>
    </footer>
  );
}
