import { describe, expect, it } from "vitest";

import { diffModels } from "./diff-models";
import type { SchemaModel, TableModel } from "./model";

// A small schema.prisma-shaped model: a city table and a user table that points at it.
function baseModel(): SchemaModel {
  const city: TableModel = {
    columns: {
      code: { type: "text", nullable: false, default: null },
      type: { type: `"CityType"`, nullable: false, default: `'kota'` },
    },
    primaryKey: { name: "City_pkey", columns: [`"code"`], method: "btree", predicate: null },
    uniqueIndexes: [],
    indexes: [],
    foreignKeys: [],
  };
  const user: TableModel = {
    columns: {
      id: { type: "text", nullable: false, default: null },
      email: { type: "text", nullable: false, default: null },
      cityCode: { type: "text", nullable: true, default: null },
      createdAt: { type: "timestamp(3) without time zone", nullable: false, default: "CURRENT_TIMESTAMP" },
    },
    primaryKey: { name: "User_pkey", columns: [`"id"`], method: "btree", predicate: null },
    uniqueIndexes: [{ name: "User_email_key", columns: [`"email"`], method: "btree", predicate: null }],
    indexes: [{ name: "User_cityCode_createdAt_idx", columns: [`"cityCode"`, `"createdAt"`], method: "btree", predicate: null }],
    foreignKeys: [
      {
        name: null,
        columns: ["cityCode"],
        referencedTable: "City",
        referencedColumns: ["code"],
        onDelete: "SET NULL",
        onUpdate: "CASCADE",
      },
    ],
  };
  return { tables: { City: city, User: user }, enums: { CityType: ["kabupaten", "kota"] } };
}

// The same model as the database side reports it, with foreign key names filled in.
function databaseModel(): SchemaModel {
  const model = baseModel();
  model.tables.User.foreignKeys[0].name = "User_cityCode_fkey";
  return model;
}

describe("diffModels", () => {
  it("returns nothing for equal models", () => {
    expect(diffModels(baseModel(), databaseModel())).toEqual([]);
  });

  it("ignores column, index and foreign key order", () => {
    const actual = databaseModel();
    const { email, ...rest } = actual.tables.User.columns;
    actual.tables.User.columns = { ...rest, email };
    actual.tables.User.indexes.unshift({ name: "User_email_idx", columns: [`"email"`], method: "btree", predicate: null });
    const expected = baseModel();
    expected.tables.User.indexes.push({ name: "User_email_idx", columns: [`"email"`], method: "btree", predicate: null });

    expect(diffModels(expected, actual)).toEqual([]);
  });

  it("reports missing and extra tables", () => {
    const actual = databaseModel();
    delete actual.tables.City;
    actual.tables.Legacy = { columns: {}, primaryKey: null, uniqueIndexes: [], indexes: [], foreignKeys: [] };

    expect(diffModels(baseModel(), actual)).toEqual([
      `table "City" is missing from the database`,
      `table "Legacy" is in the database but not in schema.prisma`,
    ]);
  });

  it("reports column type, nullability and default", () => {
    const actual = databaseModel();
    actual.tables.User.columns.email = { type: "character varying(255)", nullable: true, default: `''` };

    expect(diffModels(baseModel(), actual)).toEqual([
      `column "User"."email" has type text in schema.prisma but character varying(255) in the database`,
      `column "User"."email" is NOT NULL in schema.prisma but nullable in the database`,
      `column "User"."email" has default (none) in schema.prisma but '' in the database`,
    ]);
  });

  it("reports missing and extra columns", () => {
    const actual = databaseModel();
    delete actual.tables.User.columns.createdAt;
    actual.tables.User.columns.legacyId = { type: "integer", nullable: true, default: null };

    expect(diffModels(baseModel(), actual)).toEqual([
      `column "User"."createdAt" is missing from the database`,
      `column "User"."legacyId" is in the database but not in schema.prisma`,
    ]);
  });

  it("reports enum value changes", () => {
    const actual = databaseModel();
    actual.enums.CityType = ["kota", "kabupaten"];
    actual.enums.Extra = ["a"];
    delete actual.tables.City.columns.type;
    const expected = baseModel();
    expected.enums.Missing = ["b"];

    expect(diffModels(expected, actual)).toEqual([
      `enum "CityType" has values (kabupaten, kota) in schema.prisma but (kota, kabupaten) in the database`,
      `enum "Extra" is in the database but not in schema.prisma`,
      `enum "Missing" is missing from the database`,
      `column "City"."type" is missing from the database`,
    ]);
  });

  it("reports primary key differences", () => {
    const actual = databaseModel();
    actual.tables.City.primaryKey = null;
    actual.tables.User.primaryKey = { name: "users_pk", columns: [`"id"`, `"email"`], method: "btree", predicate: null };

    expect(diffModels(baseModel(), actual)).toEqual([
      `primary key "City_pkey" on "City" ("code") is missing from the database`,
      `primary key of "User" is ("id") in schema.prisma but ("id", "email") in the database`,
      `primary key of "User" is named "User_pkey" in schema.prisma but "users_pk" in the database`,
    ]);
  });

  it("reports index column order, name, method and predicate", () => {
    const actual = databaseModel();
    actual.tables.User.uniqueIndexes = [{ name: "email_unique", columns: [`"email"`], method: "hash", predicate: `("email" <> '')` }];
    actual.tables.User.indexes = [{ name: "User_cityCode_createdAt_idx", columns: [`"createdAt"`, `"cityCode"`], method: "btree", predicate: null }];

    expect(diffModels(baseModel(), actual)).toEqual([
      `unique index on "User" ("email") is named "User_email_key" in schema.prisma but "email_unique" in the database`,
      `unique index on "User" ("email") uses btree in schema.prisma but hash in the database`,
      `unique index on "User" ("email") has predicate (none) in schema.prisma but ("email" <> '') in the database`,
      `index "User_cityCode_createdAt_idx" on "User" ("cityCode", "createdAt") is missing from the database`,
      `index "User_cityCode_createdAt_idx" on "User" ("createdAt", "cityCode") is in the database but not in schema.prisma`,
    ]);
  });

  it("tells a unique index from a normal one", () => {
    const actual = databaseModel();
    actual.tables.User.indexes.push(actual.tables.User.uniqueIndexes.pop()!);

    expect(diffModels(baseModel(), actual)).toEqual([
      `unique index "User_email_key" on "User" ("email") is missing from the database`,
      `index "User_email_key" on "User" ("email") is in the database but not in schema.prisma`,
    ]);
  });

  it("reports a missing foreign key", () => {
    const actual = databaseModel();
    actual.tables.User.foreignKeys = [];

    expect(diffModels(baseModel(), actual)).toEqual([
      `foreign key on "User" ("cityCode") -> "City" ("code") ON DELETE SET NULL is missing from the database`,
    ]);
  });

  it("reports foreign key target and actions", () => {
    const actual = databaseModel();
    actual.tables.User.foreignKeys[0] = {
      name: "User_cityCode_fkey",
      columns: ["cityCode"],
      referencedTable: "Town",
      referencedColumns: ["id"],
      onDelete: "RESTRICT",
      onUpdate: "NO ACTION",
    };

    expect(diffModels(baseModel(), actual)).toEqual([
      `foreign key on "User" ("cityCode") references "City" ("code") in schema.prisma but "Town" ("id") in the database`,
      `foreign key on "User" ("cityCode") has ON DELETE SET NULL in schema.prisma but ON DELETE RESTRICT in the database`,
      `foreign key on "User" ("cityCode") has ON UPDATE CASCADE in schema.prisma but ON UPDATE NO ACTION in the database`,
    ]);
  });

  it("compares foreign key names only when both sides have one", () => {
    const expected = baseModel();
    expected.tables.User.foreignKeys[0].name = "User_cityCode_fkey";
    const actual = databaseModel();
    actual.tables.User.foreignKeys[0].name = "user_city";

    expect(diffModels(baseModel(), actual)).toEqual([]);
    expect(diffModels(expected, actual)).toEqual([
      `foreign key on "User" ("cityCode") is named "User_cityCode_fkey" in schema.prisma but "user_city" in the database`,
    ]);
  });

  it("reports an extra foreign key", () => {
    const actual = databaseModel();
    actual.tables.City.foreignKeys.push({
      name: "City_code_fkey",
      columns: ["code"],
      referencedTable: "User",
      referencedColumns: ["id"],
      onDelete: "CASCADE",
      onUpdate: "CASCADE",
    });

    expect(diffModels(baseModel(), actual)).toEqual([
      `foreign key "City_code_fkey" on "City" ("code") -> "User" ("id") ON DELETE CASCADE is in the database but not in schema.prisma`,
    ]);
  });
});
