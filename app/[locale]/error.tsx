"use client";

import { useTranslations } from "next-intl";

// Unknown errors show one translated message; the details stay in the server log.
export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("errors.unexpected")}</h1>
      <button type="button" onClick={reset} className="min-h-11 bg-gray-200 px-5 py-2 font-bold">
        {t("errors.tryAgain")}
      </button>
    </>
  );
}
