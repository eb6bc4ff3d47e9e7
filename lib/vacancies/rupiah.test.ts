import { describe, expect, it } from "vitest";

import { parseRupiah, RUPIAH_MAX } from "./rupiah";

describe("parseRupiah", () => {
  it.each([
    ["4500000", 4_500_000],
    ["4.500.000", 4_500_000],
    ["Rp 4.500.000", 4_500_000],
    ["Rp4.500.000", 4_500_000],
    ["rp. 4500000", 4_500_000],
    ["  750.000 ", 750_000],
    ["4 500 000", 4_500_000],
    ["1", 1],
    ["1.000.000.000", RUPIAH_MAX],
  ])("reads %j as %i", (raw, expected) => {
    expect(parseRupiah(raw)).toEqual({ ok: true, value: expected });
  });

  it("reads an empty field as no amount", () => {
    expect(parseRupiah("   ")).toEqual({ ok: true, value: null });
  });

  it.each(["4.500.000,50", "4500000,5", "4500000.5", "4.5", "4,5"])("rejects decimal %j", (raw) => {
    expect(parseRupiah(raw)).toEqual({ ok: false, reason: "decimal" });
  });

  it.each(["4.50.000", "4.500.00000", "abc", "-4500000", "4.500.000 juta", "1e6", ".500"])("rejects malformed %j", (raw) => {
    expect(parseRupiah(raw)).toEqual({ ok: false, reason: "format" });
  });

  it.each(["0", "1.000.000.001", "99999999999999999999999"])("rejects out-of-range %j", (raw) => {
    expect(parseRupiah(raw)).toEqual({ ok: false, reason: "range" });
  });
});
