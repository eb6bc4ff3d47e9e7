// `npm run db:migrate`: applies pending migrations in prisma/migrations to DATABASE_URL.
import "dotenv/config";

import { applyMigrations, MigrationError } from "../lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is missing: set it to the postgresql:// URL of the database to migrate");
  process.exit(1);
}

try {
  const applied = await applyMigrations({ connectionString: url, log: console.log });
  console.log(applied.length === 0 ? "No pending migrations." : `Applied ${applied.length} migration(s).`);
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
}
