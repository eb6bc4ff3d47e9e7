import { createPrismaClient } from "../db/create-client";
import { applyMigrations } from "../db/migrate";
import { seedDatabase } from "../seed";

export type PrepareDatabaseOptions = {
  connectionString: string;
  maxConnections: number;
  // Demo data goes in once, on an empty database; reference data is refreshed on every start.
  demo: boolean;
};

// Applies pending migrations, then loads reference data (and demo data on first start).
export async function prepareDatabase(options: PrepareDatabaseOptions): Promise<void> {
  const applied = await applyMigrations({ connectionString: options.connectionString, log: console.log });
  if (applied.length === 0) console.log("Database schema is up to date.");

  const prisma = createPrismaClient({ connectionString: options.connectionString, maxConnections: options.maxConnections });
  try {
    const hasUsers = (await prisma.user.count()) > 0;
    await seedDatabase(prisma, { demo: options.demo && !hasUsers });
  } finally {
    await prisma.$disconnect();
  }

  // The embedded server frees a closed connection's slot a moment after the client ends; waiting
  // here keeps the app's first connection from being turned away.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}
