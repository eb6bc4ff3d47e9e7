// CSV writer for exports opened in spreadsheets (RFC 4180: comma separator, CRLF line ends,
// every field in double quotes with inner quotes doubled).
// NOTE: Excel under Indonesian regional settings expects semicolons and may put each row in one
// column; LibreOffice and Google Sheets ask or detect the separator.

// Excel reads a CSV file in the local ANSI code page unless it starts with a UTF-8 byte order
// mark, and then garbles every character outside ASCII.
export const UTF8_BOM = "\uFEFF";

// A cell that starts with one of these is run as a formula by spreadsheet programs, so a seeker or
// company name like "=HYPERLINK(...)" could act on the officer's computer. OWASP's advice is to
// prefix such cells with a single quote, which the spreadsheet shows as text.
const formulaTriggers = new Set(["=", "+", "-", "@", "\t", "\r"]);

export function neutraliseFormula(value: string): string {
  return value.length > 0 && formulaTriggers.has(value[0]!) ? `'${value}` : value;
}

export function quoteCsvField(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

// Builds a whole CSV document: the byte order mark, a header row and one line per record.
export function toCsvDocument(header: string[], rows: string[][]): string {
  const lines = [header, ...rows].map((fields) => fields.map(quoteCsvField).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
