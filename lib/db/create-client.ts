import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../generated/prisma/client";

export type CreatePrismaClientOptions = {
  connectionString: string;
  // Postgres schema to use instead of "public"; tests give each file its own.
  schema?: string;
  // Pool size. The embedded PGlite server accepts one connection, so it runs with 1.
  maxConnections?: number;
};

// Omit the password hash from every query unless a caller asks for it explicitly.
const omitSecrets = { user: { passwordHash: true } } as const;

export function createPrismaClient(options: CreatePrismaClientOptions) {
  const adapter = new PrismaPg(
    { connectionString: options.connectionString, max: options.maxConnections ?? 10 },
    options.schema ? { schema: options.schema } : undefined,
  );

  // With a single connection, transactions queue behind each other; Prisma's 2 s default wait is
  // too short for that.
  return new PrismaClient({
    adapter,
    omit: omitSecrets,
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
