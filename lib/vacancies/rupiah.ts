// Parses a rupiah amount typed into a form. Rupiah has no minor unit, and Indonesians group
// thousands with dots ("4.500.000"), so dots are accepted only as thousands separators in groups
// of three. A comma is the Indonesian decimal mark, so "4.500.000,50" is a decimal and rejected
// rather than silently truncated.

export const RUPIAH_MIN = 1;
// Rp 1 miliar a month: far above any salary posted here, and well inside a Postgres INTEGER.
export const RUPIAH_MAX = 1_000_000_000;

export type RupiahParseResult =
  | { ok: true; value: number | null }
  | { ok: false; reason: "format" | "decimal" | "range" };

export function parseRupiah(raw: string): RupiahParseResult {
  const text = raw
    .trim()
    .replace(/^rp\.?\s*/i, "")
    .replace(/\s+/g, "");
  if (text === "") return { ok: true, value: null };

  let digits: string;
  if (/^\d+$/.test(text)) {
    digits = text;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    digits = text.replace(/\./g, "");
  } else if (/^[\d.]*\d,\d+$/.test(text) || /^\d+\.\d{1,2}$/.test(text)) {
    return { ok: false, reason: "decimal" };
  } else {
    return { ok: false, reason: "format" };
  }

  // Compare lengths first so a long string of digits never loses precision in Number.
  const trimmed = digits.replace(/^0+(?=\d)/, "");
  if (trimmed.length > String(RUPIAH_MAX).length) return { ok: false, reason: "range" };
  const value = Number(trimmed);
  if (value < RUPIAH_MIN || value > RUPIAH_MAX) return { ok: false, reason: "range" };
  return { ok: true, value };
}
