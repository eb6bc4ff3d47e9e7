import { getTranslations } from "next-intl/server";

import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mb-4">{t("errors.notFoundBody")}</p>
      <Link href="/">{t("actions.home")}</Link>
    </>
  );
}
