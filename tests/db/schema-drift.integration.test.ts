import { randomBytes } from "node:crypto";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyMigrations, quoteIdentifier } from "../../lib/db/migrate";
import { dropSchema, requireLocalDatabaseUrl } from "../helpers/test-database";
import { readDatabaseModel } from "./database-model";
import { diffModels } from "./diff-models";
import type { SchemaModel } from "./model";
import { loadSchemaModel } from "./schema-model";

const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

// One schema with every migration applied. The tests below that break it run their DDL inside a
// transaction and roll it back, so each starts from the migrated schema. They share one client
// because the embedded database accepts a single connection.
const connectionString = requireLocalDatabaseUrl(process.env.DATABASE_URL);
const schema = `drift_${randomBytes(6).toString("hex")}`;
let client: pg.Client;
let expected: SchemaModel;

beforeAll(async () => {
  expected = await loadSchemaModel(SCHEMA_PATH);
  await applyMigrations({ connectionString, schema });
  client = new pg.Client({ connectionString });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await dropSchema(connectionString, schema);
});

// Runs DDL that breaks the migrated schema, returns the differences it causes, and undoes the DDL.
async function differencesAfter(...statements: string[]): Promise<string[]> {
  await client.query("BEGIN");
  try {
    await client.query(`SET LOCAL search_path TO ${quoteIdentifier(schema)}`);
    for (const statement of statements) await client.query(statement);
    return diffModels(expected, await readDatabaseModel(client, schema));
  } finally {
    await client.query("ROLLBACK");
  }
}

describe("migrations against schema.prisma", () => {
  it("produce exactly the schema.prisma data model", async () => {
    const differences = diffModels(expected, await readDatabaseModel(client, schema));

    const report = [
      "prisma/migrations and prisma/schema.prisma disagree. Write a migration (or fix schema.prisma) so that:",
      ...differences.map((difference) => `  - ${difference}`),
    ].join("\n");
    expect(differences, report).toEqual([]);
  });

  it("cover every model and enum of schema.prisma", async () => {
    const actual = await readDatabaseModel(client, schema);

    expect(Object.keys(actual.tables).sort()).toEqual(Object.keys(expected.tables).sort());
    expect(Object.keys(actual.enums).sort()).toEqual(Object.keys(expected.enums).sort());
    expect(actual.tables).not.toHaveProperty("_prisma_migrations");
  });
});

describe("drift check on a broken database", () => {
  it("reports a dropped column", async () => {
    const differences = await differencesAfter(`ALTER TABLE "Vacancy" DROP COLUMN "openings"`);

    expect(differences).toEqual([`column "Vacancy"."openings" is missing from the database`]);
  });

  it("reports an extra table and an extra column", async () => {
    const differences = await differencesAfter(
      `CREATE TABLE "Leftover" ("id" TEXT PRIMARY KEY)`,
      `ALTER TABLE "Skill" ADD COLUMN "legacy" TEXT`,
    );

    expect(differences).toContain(`table "Leftover" is in the database but not in schema.prisma`);
    expect(differences).toContain(`column "Skill"."legacy" is in the database but not in schema.prisma`);
    expect(differences).toHaveLength(2);
  });

  it("reports wrong nullability", async () => {
    const differences = await differencesAfter(
      `ALTER TABLE "Company" ALTER COLUMN "name" DROP NOT NULL`,
      `ALTER TABLE "Vacancy" ALTER COLUMN "salaryMin" SET NOT NULL`,
    );

    expect(differences).toEqual([
      `column "Company"."name" is NOT NULL in schema.prisma but nullable in the database`,
      `column "Vacancy"."salaryMin" is nullable in schema.prisma but NOT NULL in the database`,
    ]);
  });

  it("reports wrong column types", async () => {
    const differences = await differencesAfter(
      `ALTER TABLE "Vacancy" ALTER COLUMN "deadline" TYPE TIMESTAMP(3)`,
      `ALTER TABLE "Vacancy" ALTER COLUMN "hoursPerWeek" TYPE BIGINT`,
      `ALTER TABLE "SeekerProfile" ALTER COLUMN "workModes" TYPE TEXT[]`,
      `ALTER TABLE "AuditLog" ALTER COLUMN "metadata" TYPE JSON`,
    );

    expect(differences).toEqual([
      `column "AuditLog"."metadata" has type jsonb in schema.prisma but json in the database`,
      `column "SeekerProfile"."workModes" has type "WorkMode"[] in schema.prisma but text[] in the database`,
      `column "Vacancy"."deadline" has type date in schema.prisma but timestamp(3) without time zone in the database`,
      `column "Vacancy"."hoursPerWeek" has type integer in schema.prisma but bigint in the database`,
    ]);
  });

  it("reports changed and missing defaults", async () => {
    const differences = await differencesAfter(
      `ALTER TABLE "User" ALTER COLUMN "locale" SET DEFAULT 'en'`,
      `ALTER TABLE "Vacancy" ALTER COLUMN "status" SET DEFAULT 'open'`,
      `ALTER TABLE "Vacancy" ALTER COLUMN "openings" DROP DEFAULT`,
      `ALTER TABLE "Application" ALTER COLUMN "createdAt" DROP DEFAULT`,
      `ALTER TABLE "Application" ALTER COLUMN "id" SET DEFAULT 'x'`,
    );

    expect(differences).toEqual([
      `column "Application"."createdAt" has default CURRENT_TIMESTAMP in schema.prisma but (none) in the database`,
      `column "Application"."id" has default (none) in schema.prisma but 'x' in the database`,
      `column "User"."locale" has default 'id' in schema.prisma but 'en' in the database`,
      `column "Vacancy"."openings" has default 1 in schema.prisma but (none) in the database`,
      `column "Vacancy"."status" has default 'draft' in schema.prisma but 'open' in the database`,
    ]);
  });

  it("reports a missing foreign key and a wrong ON DELETE", async () => {
    const differences = await differencesAfter(
      `ALTER TABLE "Vacancy" DROP CONSTRAINT "Vacancy_companyId_fkey"`,
      `ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_actorId_fkey"`,
      `ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );

    expect(differences).toEqual([
      `foreign key on "AuditLog" ("actorId") has ON DELETE SET NULL in schema.prisma but ON DELETE CASCADE in the database`,
      `foreign key on "Vacancy" ("companyId") -> "Company" ("id") ON DELETE CASCADE is missing from the database`,
    ]);
  });

  it("reports a wrong ON UPDATE and a foreign key to another table", async () => {
    const differences = await differencesAfter(
      `ALTER TABLE "City" DROP CONSTRAINT "City_provinceCode_fkey"`,
      `ALTER TABLE "City" ADD CONSTRAINT "City_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "Company" DROP CONSTRAINT "Company_verifiedById_fkey"`,
      `ALTER TABLE "Company" ADD CONSTRAINT "Company_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "CompanyMember"("userId") ON DELETE SET NULL ON UPDATE CASCADE`,
    );

    expect(differences).toEqual([
      `foreign key on "City" ("provinceCode") has ON UPDATE CASCADE in schema.prisma but ON UPDATE NO ACTION in the database`,
      `foreign key on "Company" ("verifiedById") references "User" ("id") in schema.prisma but "CompanyMember" ("userId") in the database`,
    ]);
  });

  it("reports missing, renamed and reordered indexes", async () => {
    const differences = await differencesAfter(
      `DROP INDEX "Vacancy_status_deadline_idx"`,
      `CREATE INDEX "Vacancy_status_deadline_idx" ON "Vacancy"("deadline", "status")`,
      `ALTER INDEX "Company_cityCode_idx" RENAME TO "Company_city_idx"`,
      `DROP INDEX "User_email_key"`,
      `CREATE INDEX "User_email_idx" ON "User"("email")`,
    );

    expect(differences).toEqual([
      `index on "Company" ("cityCode") is named "Company_cityCode_idx" in schema.prisma but "Company_city_idx" in the database`,
      `unique index "User_email_key" on "User" ("email") is missing from the database`,
      `index "User_email_idx" on "User" ("email") is in the database but not in schema.prisma`,
      `index "Vacancy_status_deadline_idx" on "Vacancy" ("status", "deadline") is missing from the database`,
      `index "Vacancy_status_deadline_idx" on "Vacancy" ("deadline", "status") is in the database but not in schema.prisma`,
    ]);
  });

  it("reports index method, sort order and predicate", async () => {
    const differences = await differencesAfter(
      `DROP INDEX "AuditLog_createdAt_idx"`,
      `CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog" USING hash ("createdAt")`,
      `DROP INDEX "CompanyMember_companyId_idx"`,
      `CREATE INDEX "CompanyMember_companyId_idx" ON "CompanyMember"("companyId") WHERE "companyId" <> ''`,
      `DROP INDEX "User_cityCode_idx"`,
      `CREATE INDEX "User_cityCode_idx" ON "User"("cityCode" DESC)`,
    );

    expect(differences).toHaveLength(4);
    expect(differences[0]).toBe(`index on "AuditLog" ("createdAt") uses btree in schema.prisma but hash in the database`);
    expect(differences[1]).toMatch(/^index on "CompanyMember" \("companyId"\) has predicate \(none\) in schema\.prisma but .*companyId.* in the database$/);
    expect(differences[2]).toBe(`index "User_cityCode_idx" on "User" ("cityCode") is missing from the database`);
    expect(differences[3]).toBe(`index "User_cityCode_idx" on "User" ("cityCode" DESC) is in the database but not in schema.prisma`);
  });

  it("reports primary key and compound unique changes", async () => {
    const differences = await differencesAfter(
      `ALTER TABLE "SeekerSkill" DROP CONSTRAINT "SeekerSkill_pkey"`,
      `ALTER TABLE "SeekerSkill" ADD CONSTRAINT "SeekerSkill_pkey" PRIMARY KEY ("skillId", "seekerId")`,
      `ALTER TABLE "RateLimitBucket" DROP CONSTRAINT "RateLimitBucket_pkey"`,
      `DROP INDEX "Application_seekerId_vacancyId_key"`,
    );

    expect(differences).toEqual([
      `unique index "Application_seekerId_vacancyId_key" on "Application" ("seekerId", "vacancyId") is missing from the database`,
      `primary key "RateLimitBucket_pkey" on "RateLimitBucket" ("key") is missing from the database`,
      `primary key of "SeekerSkill" is ("seekerId", "skillId") in schema.prisma but ("skillId", "seekerId") in the database`,
    ]);
  });

  it("reports enum values added, removed or reordered", async () => {
    const differences = await differencesAfter(
      `ALTER TYPE "Role" ADD VALUE 'auditor'`,
      `ALTER TYPE "WorkMode" RENAME VALUE 'remote' TO 'distance'`,
      `CREATE TYPE "Unused" AS ENUM ('a')`,
    );

    expect(differences).toEqual([
      `enum "Role" has values (seeker, employer, city_officer, admin) in schema.prisma but (seeker, employer, city_officer, admin, auditor) in the database`,
      `enum "Unused" is in the database but not in schema.prisma`,
      `enum "WorkMode" has values (onsite, hybrid, remote) in schema.prisma but (onsite, hybrid, distance) in the database`,
    ]);
  });

  it("reports a missing table and its dependants", async () => {
    const differences = await differencesAfter(`DROP TABLE "RateLimitBucket"`, `DROP TYPE "TimeZone" CASCADE`);

    expect(differences).toContain(`table "RateLimitBucket" is missing from the database`);
    expect(differences).toContain(`enum "TimeZone" is missing from the database`);
    expect(differences).toContain(`column "Province"."timeZone" is missing from the database`);
  });
});
