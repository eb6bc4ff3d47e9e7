import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../../tests/helpers/test-database";
import { checkRateLimit, isRateLimited } from "./check-rate-limit";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe("checkRateLimit", () => {
  it("allows up to the limit, then rejects", async () => {
    const options = { db: database.prisma, key: "login:a@example.com", limit: 3, windowSeconds: 60 };
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++) results.push(await checkRateLimit(options));
    expect(results).toEqual([true, true, true, false, false]);
  });

  it("counts concurrent attempts exactly", async () => {
    const options = { db: database.prisma, key: "register:10.0.0.1", limit: 100, windowSeconds: 60 };
    await Promise.all(Array.from({ length: 8 }, () => checkRateLimit(options)));
    const bucket = await database.prisma.rateLimitBucket.findUnique({ where: { key: options.key } });
    expect(bucket?.count).toBe(8);
  });

  it("starts a new window after the old one ends", async () => {
    const key = "login:expired@example.com";
    await database.prisma.rateLimitBucket.create({
      data: { key, windowStart: new Date(Date.now() - 120_000), count: 50 },
    });
    expect(await checkRateLimit({ db: database.prisma, key, limit: 3, windowSeconds: 60 })).toBe(true);
    const bucket = await database.prisma.rateLimitBucket.findUnique({ where: { key } });
    expect(bucket?.count).toBe(1);
  });
});

describe("isRateLimited", () => {
  it("reads without counting", async () => {
    const options = { db: database.prisma, key: "login:peek@example.com", limit: 2, windowSeconds: 60 };
    expect(await isRateLimited(options)).toBe(false);
    await checkRateLimit(options);
    await checkRateLimit(options);
    expect(await isRateLimited(options)).toBe(true);
    const bucket = await database.prisma.rateLimitBucket.findUnique({ where: { key: options.key } });
    expect(bucket?.count).toBe(2);
  });

  it("ignores an expired window", async () => {
    const key = "login:old@example.com";
    await database.prisma.rateLimitBucket.create({ data: { key, windowStart: new Date(Date.now() - 120_000), count: 9 } });
    expect(await isRateLimited({ db: database.prisma, key, limit: 2, windowSeconds: 60 })).toBe(false);
  });
});
