import type { Database } from "../db/create-client";

export type RateLimitOptions = { db: Database; key: string; limit: number; windowSeconds: number };

// Fixed-window counter in PostgreSQL, shared by every app instance. Returns false once the
// window's count passes the limit. The upsert is a single INSERT ... ON CONFLICT, so concurrent
// attempts are all counted; the reset's WHERE is re-checked under the row lock, so it runs once.
export async function checkRateLimit(options: RateLimitOptions): Promise<boolean> {
  const now = new Date();
  const windowStartCutoff = new Date(now.getTime() - options.windowSeconds * 1000);

  await options.db.rateLimitBucket.updateMany({
    where: { key: options.key, windowStart: { lt: windowStartCutoff } },
    data: { windowStart: now, count: 0 },
  });
  const bucket = await options.db.rateLimitBucket.upsert({
    where: { key: options.key },
    create: { key: options.key, windowStart: now, count: 1 },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  return bucket.count <= options.limit;
}

// Reads a counter without counting a new attempt, for limits that only count failures.
export async function isRateLimited(options: RateLimitOptions): Promise<boolean> {
  const bucket = await options.db.rateLimitBucket.findUnique({ where: { key: options.key } });
  if (!bucket) return false;
  const windowEnds = bucket.windowStart.getTime() + options.windowSeconds * 1000;
  return windowEnds > Date.now() && bucket.count >= options.limit;
}
