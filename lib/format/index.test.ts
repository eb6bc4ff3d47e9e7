import { describe, expect, it } from "vitest";

import { formatDate, formatDateTime, formatRupiah } from "./index";

describe("formatDate", () => {
  it("writes Indonesian month names", () => {
    expect(formatDate(new Date("2026-03-31T00:00:00Z"), "id")).toBe("31 Maret 2026");
  });

  it("writes English day-month order", () => {
    expect(formatDate(new Date("2026-03-31T00:00:00Z"), "en")).toBe("31 March 2026");
  });
});

describe("formatRupiah", () => {
  it("groups with dots in Indonesian", () => {
    expect(formatRupiah(4_500_000, "id")).toBe("Rp 4.500.000");
  });

  it("groups with commas in English", () => {
    expect(formatRupiah(4_500_000, "en")).toBe("Rp 4,500,000");
  });
});

describe("formatDateTime", () => {
  it("shows the instant in the given zone", () => {
    expect(formatDateTime(new Date("2026-03-31T17:30:00Z"), "id", "Asia/Makassar")).toBe("1 April 2026 pukul 01.30");
  });
});
