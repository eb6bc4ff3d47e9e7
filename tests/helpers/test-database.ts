import { randomBytes } from "node:crypto";

import pg from "pg";

import { createPrismaClient, type Database } from "../../lib/db/create-client";
import { applyMigrations, quoteIdentifier } from "../../lib/db/migrate";
import { requireLocalDatabaseUrl } from "../../lib/db/require-local-database-url";

export { requireLocalDatabaseUrl };

export type TestDatabase = {
  prisma: Database;
  connectionString: string;
  schema: string;
  drop: () => Promise<void>;
};

// The embedded server accepts one connection, so every client in a test shares a pool of one there.
export function testPoolSize(): number {
  return process.env.IJC_EMBEDDED_DB === "1" ? 1 : 4;
}

// Creates a fresh Postgres schema with every migration applied, and a Prisma client bound to it.
export async function createTestDatabase(): Promise<TestDatabase> {
  const connectionString = requireLocalDatabaseUrl(process.env.DATABASE_URL);
  const schema = `t_${randomBytes(6).toString("hex")}`;
  await applyMigrations({ connectionString, schema });

  const prisma = createPrismaClient({ connectionString, schema, maxConnections: testPoolSize() });

  return {
    prisma,
    connectionString,
    schema,
    drop: async () => {
      await prisma.$disconnect();
      await dropSchema(connectionString, schema);
    },
  };
}

export async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = await connectWithRetry(connectionString);
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

// The embedded server still keeps a closed pool's socket for a moment after $disconnect() and
// rejects the next connection meanwhile, so connecting is retried briefly.
export async function connectWithRetry(connectionString: string, attempts = 20): Promise<pg.Client> {
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
