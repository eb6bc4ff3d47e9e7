"use client";

import { useLocale, useTranslations } from "next-intl";

import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

// Plain links, so switching works before JavaScript loads; each names its language in that language.
export function LanguageSwitcher() {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const pathname = usePathname();

  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-3">
        {routing.locales.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="true" className="inline-block min-h-6 px-1 font-bold">
                {t(other)}
              </span>
            ) : (
              <Link href={pathname} locale={other} lang={other} hrefLang={other} className="inline-block min-h-6 px-1 text-white">
                {t(other)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
