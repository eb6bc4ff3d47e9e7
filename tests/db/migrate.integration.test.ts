import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";

import { applyMigrations, MigrationError, quoteIdentifier } from "../../lib/db/migrate";
import { dropSchema, requireLocalDatabaseUrl } from "../helpers/test-database";

const connectionString = requireLocalDatabaseUrl(process.env.DATABASE_URL);
const embedded = process.env.IJC_EMBEDDED_DB === "1";

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

const createdSchemas: string[] = [];
const createdFolders: string[] = [];

afterEach(async () => {
  // Drops one schema at a time, because the embedded database accepts a single connection.
  for (const schema of createdSchemas.splice(0)) await dropSchema(connectionString, schema);
});

afterAll(async () => {
  for (const folder of createdFolders) await rm(folder, { recursive: true, force: true });
});

function newSchema(): string {
  const schema = `migrate_${randomBytes(6).toString("hex")}`;
  createdSchemas.push(schema);
  return schema;
}

// A migrations folder in the system temp directory, laid out like prisma/migrations.
async function newMigrationsDir(migrations: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "ijc-migrations-"));
  createdFolders.push(folder);
  for (const [name, sql] of Object.entries(migrations)) await writeMigration(folder, name, sql);
  return folder;
}

async function writeMigration(folder: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(folder, name), { recursive: true });
  await writeFile(path.join(folder, name, "migration.sql"), sql, "utf8");
}

// Opens a connection, runs the callback and closes the connection before returning, so a test
// never has two connections open at once.
async function withClient<T>(callback: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await callback(client);
  } finally {
    await client.end();
  }
}

async function migrationRows(schema: string): Promise<MigrationRow[]> {
  return withClient(async (client) => {
    const table = `${quoteIdentifier(schema)}."_prisma_migrations"`;
    const result = await client.query<MigrationRow>(`SELECT * FROM ${table} ORDER BY started_at, migration_name`);
    return result.rows;
  });
}

async function tableExists(schema: string, table: string): Promise<boolean> {
  return withClient(async (client) => {
    const result = await client.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [
      `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`,
    ]);
    return result.rows[0].found !== null;
  });
}

async function sql(statement: string, values: unknown[] = []): Promise<void> {
  await withClient(async (client) => {
    await client.query(statement, values);
  });
}

// Expects applyMigrations to reject with a MigrationError and returns its message.
async function migrationErrorMessage(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return (error as MigrationError).message;
}

const FIRST = "20260101000000_create_city";
const SECOND = "20260102000000_add_city_name";
const THIRD = "20260103000000_create_vacancy";

// Each migration depends on the one before it, so a wrong order fails.
const BASE_MIGRATIONS = {
  [THIRD]: `CREATE TABLE "Vacancy" ("id" TEXT PRIMARY KEY, "cityCode" TEXT NOT NULL REFERENCES "City"("code"));\n`,
  // The non-ASCII dash checks that the checksum covers the file's UTF-8 bytes.
  [FIRST]: `-- Kota Bandung — 32.73 in the Kemendagri code list.\nCREATE TABLE "City" ("code" TEXT PRIMARY KEY);\n`,
  [SECOND]: `ALTER TABLE "City" ADD COLUMN "name" TEXT NOT NULL DEFAULT '';\n`,
};

describe("applyMigrations", () => {
  it("applies migrations in name order", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);

    const applied = await applyMigrations({ connectionString, schema, migrationsDir });

    expect(applied).toEqual([FIRST, SECOND, THIRD]);
    expect(await tableExists(schema, "City")).toBe(true);
    expect(await tableExists(schema, "Vacancy")).toBe(true);
  });

  it("records rows like prisma migrate deploy", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);

    await applyMigrations({ connectionString, schema, migrationsDir });
    const rows = await migrationRows(schema);

    expect(rows.map((row) => row.migration_name)).toEqual([FIRST, SECOND, THIRD]);
    for (const row of rows) {
      const bytes = await readFile(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it("writes only into the given schema", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);

    await applyMigrations({ connectionString, schema, migrationsDir });

    expect(await tableExists("public", "City")).toBe(false);
    expect(await tableExists("public", "_prisma_migrations")).toBe(false);
    expect(await tableExists(schema, "_prisma_migrations")).toBe(true);
  });

  it("restores the session search_path", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);
    const before = await withClient(async (client) => (await client.query("SHOW search_path")).rows[0].search_path);

    await applyMigrations({ connectionString, schema, migrationsDir });

    // The embedded server keeps one session for every connection, so a search_path left behind
    // would change what the next client's unqualified table names mean.
    const after = await withClient(async (client) => (await client.query("SHOW search_path")).rows[0].search_path);
    expect(after).toBe(before);
  });

  it("applies nothing on a second run", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);
    await applyMigrations({ connectionString, schema, migrationsDir });
    const rowsBefore = await migrationRows(schema);

    const applied = await applyMigrations({ connectionString, schema, migrationsDir });

    expect(applied).toEqual([]);
    expect(await migrationRows(schema)).toEqual(rowsBefore);
  });

  it("applies only a migration added later", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);
    await applyMigrations({ connectionString, schema, migrationsDir });

    const fourth = "20260104000000_add_vacancy_title";
    await writeMigration(migrationsDir, fourth, `ALTER TABLE "Vacancy" ADD COLUMN "title" TEXT;\n`);
    const applied = await applyMigrations({ connectionString, schema, migrationsDir });

    expect(applied).toEqual([fourth]);
    expect((await migrationRows(schema)).map((row) => row.migration_name)).toEqual([FIRST, SECOND, THIRD, fourth]);
  });

  it("accepts an applied migration whose line endings changed", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);
    await applyMigrations({ connectionString, schema, migrationsDir });

    // git on Windows may check the file out with CRLF line endings. Prisma accepts that too.
    await writeMigration(migrationsDir, FIRST, BASE_MIGRATIONS[FIRST].replace(/\n/g, "\r\n"));

    expect(await applyMigrations({ connectionString, schema, migrationsDir })).toEqual([]);
  });

  it("rejects an edited applied migration", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);
    await applyMigrations({ connectionString, schema, migrationsDir });

    await writeMigration(migrationsDir, SECOND, `ALTER TABLE "City" ADD COLUMN "name" TEXT;\n`);
    const later = "20260105000000_create_skill";
    await writeMigration(migrationsDir, later, `CREATE TABLE "Skill" ("id" TEXT PRIMARY KEY);\n`);
    const message = await migrationErrorMessage(applyMigrations({ connectionString, schema, migrationsDir }));

    expect(message).toContain(SECOND);
    expect(message).toMatch(/edited/);
    expect(await tableExists(schema, "Skill")).toBe(false);
  });

  it("rolls back a failing migration", async () => {
    const schema = newSchema();
    const broken = "20260104000000_broken";
    const migrationsDir = await newMigrationsDir({
      ...BASE_MIGRATIONS,
      [broken]: `CREATE TABLE "Skill" ("id" TEXT PRIMARY KEY);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n`,
    });

    const message = await migrationErrorMessage(applyMigrations({ connectionString, schema, migrationsDir }));

    expect(message).toContain(broken);
    expect(message).toMatch(/rolled back/);
    expect(message).toContain(`relation "NoSuchTable" does not exist`);
    expect(await tableExists(schema, "Skill")).toBe(false);
    expect((await migrationRows(schema)).map((row) => row.migration_name)).toEqual([FIRST, SECOND, THIRD]);
  });

  it("retries a fixed migration after a failure", async () => {
    const schema = newSchema();
    const broken = "20260104000000_create_skill";
    const migrationsDir = await newMigrationsDir({ ...BASE_MIGRATIONS, [broken]: `CREATE TABLE "Skill" (;\n` });
    await migrationErrorMessage(applyMigrations({ connectionString, schema, migrationsDir }));

    await writeMigration(migrationsDir, broken, `CREATE TABLE "Skill" ("id" TEXT PRIMARY KEY);\n`);
    const applied = await applyMigrations({ connectionString, schema, migrationsDir });

    expect(applied).toEqual([broken]);
    expect(await tableExists(schema, "Skill")).toBe(true);
  });

  it("rejects a migration Prisma left unfinished", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);
    await applyMigrations({ connectionString, schema, migrationsDir: await newMigrationsDir({ [FIRST]: BASE_MIGRATIONS[FIRST] }) });

    // What `prisma migrate deploy` leaves after a failed migration: started, never finished, not rolled back.
    await sql(
      `INSERT INTO ${quoteIdentifier(schema)}."_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, $3, 'ERROR: something failed', now(), 0)`,
      ["00000000-0000-4000-8000-000000000001", "0".repeat(64), SECOND],
    );
    const message = await migrationErrorMessage(applyMigrations({ connectionString, schema, migrationsDir }));

    expect(message).toContain(SECOND);
    expect(message).toMatch(/unfinished/);
    expect(await tableExists(schema, "Vacancy")).toBe(false);
  });

  it("re-applies a migration resolved as rolled back", async () => {
    const schema = newSchema();
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);
    await applyMigrations({ connectionString, schema, migrationsDir: await newMigrationsDir({ [FIRST]: BASE_MIGRATIONS[FIRST] }) });

    // `prisma migrate resolve --rolled-back` sets rolled_back_at on the failed row.
    await sql(
      `INSERT INTO ${quoteIdentifier(schema)}."_prisma_migrations" (id, checksum, migration_name, started_at, rolled_back_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 0)`,
      ["00000000-0000-4000-8000-000000000002", "0".repeat(64), SECOND],
    );
    const applied = await applyMigrations({ connectionString, schema, migrationsDir });

    expect(applied).toEqual([SECOND, THIRD]);
  });

  it("rejects an applied migration missing from the folder", async () => {
    const schema = newSchema();
    await applyMigrations({ connectionString, schema, migrationsDir: await newMigrationsDir(BASE_MIGRATIONS) });

    const withoutSecond = await newMigrationsDir({ [FIRST]: BASE_MIGRATIONS[FIRST], [THIRD]: BASE_MIGRATIONS[THIRD] });
    const message = await migrationErrorMessage(applyMigrations({ connectionString, schema, migrationsDir: withoutSecond }));

    expect(message).toContain(SECOND);
    expect(message).toMatch(/missing/);
  });

  // The embedded server accepts one connection at a time, so two runs cannot overlap there.
  it.skipIf(embedded)("applies each migration once under concurrent runs", async () => {
    const migrationsDir = await newMigrationsDir(BASE_MIGRATIONS);

    // Several rounds on fresh schemas, because a race shows up only in some interleavings.
    for (let round = 0; round < 5; round += 1) {
      const schema = newSchema();
      const runs = await Promise.all([1, 2, 3].map(() => applyMigrations({ connectionString, schema, migrationsDir })));

      expect(runs.flat().sort()).toEqual([FIRST, SECOND, THIRD]);
      expect((await migrationRows(schema)).map((row) => row.migration_name)).toEqual([FIRST, SECOND, THIRD]);
    }
  });
});
