// Display formats shared by every page: `31 Maret 2026` and `Rp 4.500.000`.

const dateLocales = { id: "id-ID", en: "en-GB" } as const;
const numberLocales = { id: "id-ID", en: "en-GB" } as const;

type DisplayLocale = keyof typeof dateLocales;

// A date-only value (Postgres DATE) arrives as midnight UTC, so it is formatted in UTC to keep its day.
export function formatDate(value: Date, locale: DisplayLocale): string {
  return new Intl.DateTimeFormat(dateLocales[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(value);
}

// An instant shown in a given IANA zone, for example the city's WIB, WITA or WIT.
export function formatDateTime(value: Date, locale: DisplayLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(dateLocales[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(value);
}

// Rupiah has no minor unit; people write the symbol, a space and dot-grouped digits.
export function formatRupiah(amount: number, locale: DisplayLocale): string {
  const digits = new Intl.NumberFormat(numberLocales[locale], { maximumFractionDigits: 0 }).format(amount);
  return `Rp ${digits}`;
}
