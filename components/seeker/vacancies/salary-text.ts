import type { useTranslations } from "next-intl";

import { formatRupiah } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

type VacancyTranslator = ReturnType<typeof useTranslations<"seeker.vacancy">>;

// "Rp 4.500.000 sampai Rp 6.000.000", or one bound, or "not stated".
export function salaryText(t: VacancyTranslator, locale: Locale, min: number | null, max: number | null): string {
  if (min !== null && max !== null) {
    return min === max ? formatRupiah(min, locale) : t("salaryRange", { min: formatRupiah(min, locale), max: formatRupiah(max, locale) });
  }
  if (min !== null) return t("salaryFrom", { min: formatRupiah(min, locale) });
  if (max !== null) return t("salaryUpTo", { max: formatRupiah(max, locale) });
  return t("salaryNotStated");
}
