import { describe, expect, it } from "vitest";

import { neutraliseFormula, quoteCsvField, toCsvDocument, UTF8_BOM } from "./csv";

describe("quoteCsvField", () => {
  it("quotes a plain value", () => {
    expect(quoteCsvField("Siti Rahma")).toBe('"Siti Rahma"');
  });

  it("doubles inner quotes", () => {
    expect(quoteCsvField('PT "Maju" Jaya')).toBe('"PT ""Maju"" Jaya"');
  });

  it("keeps commas and line breaks inside the quotes", () => {
    expect(quoteCsvField("Jl. Asia Afrika, Bandung\nLantai 2")).toBe('"Jl. Asia Afrika, Bandung\nLantai 2"');
  });
});

describe("neutraliseFormula", () => {
  it("prefixes cells that start a formula", () => {
    for (const value of ["=1+1", "+62 812", "-5", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    }
  });

  it("leaves other cells and the empty cell alone", () => {
    expect(neutraliseFormula("Budi")).toBe("Budi");
    expect(neutraliseFormula("")).toBe("");
  });
});

describe("toCsvDocument", () => {
  it("starts with a byte order mark and ends lines with CRLF", () => {
    const document = toCsvDocument(["Nama", "Kota"], [["Ana", "Bandung"], ["Bayu", "Surabaya"]]);
    expect(document.startsWith(UTF8_BOM)).toBe(true);
    expect(document.slice(1)).toBe('"Nama","Kota"\r\n"Ana","Bandung"\r\n"Bayu","Surabaya"\r\n');
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsvDocument(["A"], [])).toBe(`${UTF8_BOM}"A"\r\n`);
  });
});
