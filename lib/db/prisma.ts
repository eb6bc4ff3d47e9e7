import "server-only";

import { getEnv } from "../env";
import { createPrismaClient, type Database } from "./create-client";

// Cached on globalThis in every mode: `next start` loads this module once per bundle (pages and
// route handlers), and two clients would mean two pools against a one-connection embedded server.
const globalForPrisma = globalThis as unknown as { __ijcPrisma?: Database };

export function getPrisma(): Database {
  if (!globalForPrisma.__ijcPrisma) {
    const env = getEnv();
    globalForPrisma.__ijcPrisma = createPrismaClient({
      connectionString: env.DATABASE_URL,
      maxConnections: env.DB_POOL_MAX,
    });
  }
  return globalForPrisma.__ijcPrisma;
}
