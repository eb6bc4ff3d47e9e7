import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import pg from "pg";

// Applies prisma/migrations the way `prisma migrate deploy` does, so a host with Prisma's schema
// engine accepts the same `_prisma_migrations` rows. Prisma's own engine cannot be installed everywhere
// this portal runs, which is why the project applies its migrations itself.

// The advisory lock key Prisma's schema engine takes, so the two never run at the same time.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export type MigrationFile = { name: string; sql: string; checksum: string };

export type ApplyMigrationsOptions = {
  connectionString: string;
  // Apply into this Postgres schema instead of "public" (tests use one schema per file).
  schema?: string;
  migrationsDir?: string;
  log?: (message: string) => void;
};

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export async function readMigrationFiles(migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

  const files: MigrationFile[] = [];
  for (const name of names) {
    const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
    files.push({ name, sql, checksum: sha256(sql) });
  }
  return files;
}

// Prisma also accepts a file whose line endings were converted by git on Windows.
function checksumMatches(file: MigrationFile, stored: string): boolean {
  if (file.checksum === stored) return true;
  const lf = file.sql.replace(/\r\n/g, "\n");
  return sha256(lf) === stored || sha256(lf.replace(/\n/g, "\r\n")) === stored;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const log = options.log ?? (() => {});
  const files = await readMigrationFiles(options.migrationsDir);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();

  try {
    // Taken before CREATE SCHEMA IF NOT EXISTS, which fails with a duplicate key error in
    // pg_namespace when two runs create the same schema at the same time.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    let previousSearchPath: string | undefined;

    try {
      if (options.schema) {
        const current = await client.query<{ search_path: string }>("SELECT current_setting('search_path') AS search_path");
        previousSearchPath = current.rows[0].search_path;
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
        await client.query(`SET search_path TO ${quoteIdentifier(options.schema)}`);
      }
      await ensureMigrationsTable(client);
      const applied = await client.query<MigrationRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      );
      const pending = findPending(files, applied.rows);

      for (const file of pending) {
        await applyOne(client, file);
        log(`Applied migration ${file.name}`);
      }
      return pending.map((file) => file.name);
    } finally {
      // The embedded PGlite server runs every connection in one session, so a search_path left
      // here would apply to the next client too.
      if (previousSearchPath !== undefined) {
        await client.query("SELECT set_config('search_path', $1, false)", [previousSearchPath]);
      }
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

function findPending(files: MigrationFile[], rows: MigrationRow[]): MigrationFile[] {
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and is marked unfinished in _prisma_migrations. ` +
        `Fix the database by hand, then mark it with \`prisma migrate resolve\` or delete that row.`,
    );
  }

  const finished = new Map(
    rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]),
  );
  for (const [name] of finished) {
    if (!files.some((file) => file.name === name)) {
      throw new MigrationError(`Migration ${name} is applied to the database but missing from prisma/migrations.`);
    }
  }

  const pending: MigrationFile[] = [];
  for (const file of files) {
    const stored = finished.get(file.name);
    if (stored === undefined) {
      pending.push(file);
    } else if (!checksumMatches(file, stored)) {
      throw new MigrationError(
        `Migration ${file.name} was edited after it was applied (checksum differs). ` +
          `Restore the original migration.sql and put the change in a new migration.`,
      );
    }
  }
  return pending;
}

// Each migration and its bookkeeping row commit together or not at all, so a failure leaves the
// database as it was and the next run retries the same migration.
async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`);
  }
}

async function ensureMigrationsTable(client: pg.Client): Promise<void> {
  // Same definition as Prisma's schema engine creates.
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
