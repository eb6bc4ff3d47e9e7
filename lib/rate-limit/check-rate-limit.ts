import "server-only";

import { getPrisma } from "../db/prisma";

export type RateLimitOptions = { key: string; limit: number; windowSeconds: number };

// Fixed-window counter in PostgreSQL: one atomic upsert per attempt, shared by every app instance.
// Returns false once the window's count passes the limit.
export async function checkRateLimit(options: RateLimitOptions): Promise<boolean> {
  const prisma = getPrisma();
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${options.key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" < now() - (${options.windowSeconds}::int * interval '1 second')
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" < now() - (${options.windowSeconds}::int * interval '1 second')
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  return (rows[0]?.count ?? 0) <= options.limit;
}
