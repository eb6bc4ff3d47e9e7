import { describe, expect, it } from "vitest";

import { requireLocalDatabaseUrl } from "./require-local-database-url";

describe("requireLocalDatabaseUrl", () => {
  it.each([
    "postgresql://postgres@127.0.0.1:5432/test",
    "postgresql://postgres@localhost/test",
    "postgresql://postgres@[::1]:5432/test",
  ])("accepts %s", (url) => {
    expect(requireLocalDatabaseUrl(url)).toBe(url);
  });

  it("rejects a remote host", () => {
    expect(() => requireLocalDatabaseUrl("postgresql://postgres@db.example.com/prod")).toThrow(
      'Tests only run against a database on this machine; DATABASE_URL points at host "db.example.com"',
    );
  });

  it("rejects a missing URL", () => {
    expect(() => requireLocalDatabaseUrl(undefined)).toThrow("DATABASE_URL is missing");
  });
});
