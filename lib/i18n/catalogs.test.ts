import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { namespaces } from "./messages";
import { locales } from "./routing";

type Entry = { key: string; text: string };

function entriesOf(locale: string): Entry[] {
  const entries: Entry[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") entries.push({ key, text: value });
    else if (value && typeof value === "object") for (const [name, child] of Object.entries(value)) walk(child, `${key}.${name}`);
  };
  for (const namespace of namespaces) {
    const file = path.join(import.meta.dirname, "messages", locale, `${namespace}.json`);
    walk(JSON.parse(readFileSync(file, "utf8")), namespace);
  }
  return entries;
}

// Digit runs that are not quantities: years, the 13-digit NIB example, and the salary example
// that shows the form accepts an amount typed without separators.
const notQuantities = new Set(["4500000", "1234567890123"]);
const isYear = (digits: string) => /^(19|20)\d\d$/.test(digits);

describe("message catalogs", () => {
  it("have the same keys in every locale", () => {
    const [first, ...others] = locales.map((locale) => entriesOf(locale).map((entry) => entry.key).sort());
    for (const keys of others) expect(keys).toEqual(first);
  });

  it("group Indonesian thousands with dots", () => {
    const ungrouped = entriesOf("id").flatMap(({ key, text }) =>
      (text.match(/(?<![\d.])\d{4,}(?![\d.])/g) ?? []).filter((digits) => !isYear(digits) && !notQuantities.has(digits)).map((digits) => `${key}: ${digits}`),
    );
    expect(ungrouped).toEqual([]);
  });

  it("call a sideways table scroll digulir in Indonesian", () => {
    const sideways = entriesOf("id").filter(({ text }) => text.endsWith("ke samping"));
    expect(sideways.length).toBeGreaterThan(0);
    expect(sideways.filter(({ text }) => !text.endsWith("dapat digulir ke samping")).map(({ key }) => key)).toEqual([]);
  });
});
