import { describe, expect, it } from "vitest";

import { EnvError, parseEnv } from "./env";

const VALID = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/ijc",
  NEXTAUTH_SECRET: "s".repeat(32),
};

// Parses the variables and returns the EnvError that parseEnv throws. Fails the test when nothing is thrown.
function envErrorFor(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return error as EnvError;
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

describe("parseEnv", () => {
  it("accepts a valid set and applies defaults", () => {
    const env = parseEnv(VALID);

    expect(env).toEqual({ ...VALID, DB_POOL_MAX: 10, LOG_LEVEL: "info" });
    expect(env.NEXTAUTH_URL).toBeUndefined();
  });

  it("keeps given optional values", () => {
    const env = parseEnv({ ...VALID, NEXTAUTH_URL: "http://127.0.0.1:3000", DB_POOL_MAX: "1", LOG_LEVEL: "debug" });

    expect(env.NEXTAUTH_URL).toBe("http://127.0.0.1:3000");
    expect(env.DB_POOL_MAX).toBe(1);
    expect(env.LOG_LEVEL).toBe("debug");
  });

  it("accepts the postgres:// scheme", () => {
    expect(parseEnv({ ...VALID, DATABASE_URL: "postgres://postgres@127.0.0.1/ijc" }).DATABASE_URL).toBe(
      "postgres://postgres@127.0.0.1/ijc",
    );
  });

  it("drops unrelated variables", () => {
    expect(parseEnv({ ...VALID, PATH: "/usr/bin", HOME: "/root" })).not.toHaveProperty("PATH");
  });

  it("rejects a missing DATABASE_URL", () => {
    const error = envErrorFor({ NEXTAUTH_SECRET: VALID.NEXTAUTH_SECRET });

    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/^DATABASE_URL: DATABASE_URL is missing/);
    expect(error.message).toContain("DATABASE_URL");
  });

  it("rejects a non-postgres DATABASE_URL without echoing it", () => {
    const error = envErrorFor({ ...VALID, DATABASE_URL: "mysql://root:hunter2@127.0.0.1/ijc" });

    expect(error.issues).toEqual(["DATABASE_URL: DATABASE_URL must start with postgresql://"]);
    expect(error.message).not.toContain("hunter2");
  });

  it("rejects an empty DATABASE_URL", () => {
    expect(envErrorFor({ ...VALID, DATABASE_URL: "" }).issues).toEqual([
      "DATABASE_URL: DATABASE_URL must start with postgresql://",
    ]);
  });

  it("rejects a missing NEXTAUTH_SECRET", () => {
    const error = envErrorFor({ DATABASE_URL: VALID.DATABASE_URL });

    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/^NEXTAUTH_SECRET: NEXTAUTH_SECRET is missing/);
  });

  it("rejects a NEXTAUTH_SECRET under 32 characters without echoing it", () => {
    const secret = "0123456789abcdef0123456789abcdef";
    const shortSecret = secret.slice(1);
    const error = envErrorFor({ ...VALID, NEXTAUTH_SECRET: shortSecret });

    expect(error.issues).toEqual(["NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 32 characters long"]);
    expect(error.message).not.toContain(shortSecret);
    expect(parseEnv({ ...VALID, NEXTAUTH_SECRET: secret }).NEXTAUTH_SECRET).toBe(secret);
  });

  it("rejects an invalid NEXTAUTH_URL", () => {
    expect(envErrorFor({ ...VALID, NEXTAUTH_URL: "127.0.0.1:3000/portal" }).issues).toEqual([
      "NEXTAUTH_URL: NEXTAUTH_URL must be the portal's public URL, for example http://127.0.0.1:3000",
    ]);
  });

  it.each(["0", "101", "2.5", "ten"])("rejects DB_POOL_MAX=%s", (value) => {
    const error = envErrorFor({ ...VALID, DB_POOL_MAX: value });

    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/^DB_POOL_MAX: /);
  });

  it("rejects an unknown LOG_LEVEL", () => {
    const error = envErrorFor({ ...VALID, LOG_LEVEL: "verbose" });

    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatch(/^LOG_LEVEL: /);
  });

  it("lists every invalid variable in one error", () => {
    const error = envErrorFor({ DATABASE_URL: "sqlite://file.db", NEXTAUTH_SECRET: "x", LOG_LEVEL: "loud" });

    expect(error.issues.map((issue) => issue.split(":")[0])).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET", "LOG_LEVEL"]);
    expect(error.message.split("\n")).toEqual([
      "Invalid configuration:",
      ...error.issues.map((issue) => `  - ${issue}`),
    ]);
  });
});
