import { readFileSync } from "node:fs";

// A small RFC 4180 reader and writer: comma separator, double-quote quoting with "" as the escaped
// quote, LF or CRLF line ends. The reference files are a few hundred kilobytes, so whole-file
// parsing in memory is fine.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  while (index < text.length) {
    const char = text[index];

    if (inQuotes) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') {
        inQuotes = false;
      } else {
        field += char;
      }
      index += 1;
      continue;
    }

    if (char === '"' && field === "") {
      inQuotes = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (char === "\r" && text[index + 1] === "\n") index += 1;
    } else {
      field += char;
    }
    index += 1;
  }

  if (inQuotes) throw new Error("Invalid CSV: a quoted field is not closed before the end of the file");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// Reads a CSV file with a header row into one object per line, keyed by the header names.
export function readCsvRecords(path: string): Record<string, string>[] {
  const [header, ...lines] = parseCsv(readFileSync(path, "utf8"));
  if (!header) throw new Error(`Invalid CSV ${path}: the file is empty`);

  return lines
    .filter((cells) => !(cells.length === 1 && cells[0] === ""))
    .map((cells, lineIndex) => {
      if (cells.length !== header.length) {
        throw new Error(
          `Invalid CSV ${path}: line ${lineIndex + 2} has ${cells.length} fields, the header has ${header.length}`,
        );
      }
      return Object.fromEntries(header.map((name, column) => [name, cells[column]]));
    });
}

function formatField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((cells) => cells.map(formatField).join(",")).join("\n") + "\n";
}
