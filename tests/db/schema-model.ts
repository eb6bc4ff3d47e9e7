import { readFile } from "node:fs/promises";

import type { getDMMF } from "@prisma/internals";

import {
  canonicalDefault,
  emptyTable,
  quoteName,
  type ForeignKeyModel,
  type IndexModel,
  type ReferentialAction,
  type SchemaModel,
  type TableModel,
} from "./model";

type Datamodel = Awaited<ReturnType<typeof getDMMF>>["datamodel"];
type DmmfModel = Datamodel["models"][number];
type DmmfField = DmmfModel["fields"][number];
type DmmfIndex = Datamodel["indexes"][number];

// PostgreSQL's identifier limit (NAMEDATALEN - 1), which Prisma's default constraint names respect.
const MAX_IDENTIFIER_BYTES = 63;

// Column types Prisma's migrations create for each scalar without @db, as format_type() prints them.
const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

// Default functions that Prisma Client evaluates itself, so the column has no database default.
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

const REFERENTIAL_ACTIONS: Record<string, ReferentialAction> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

const INDEX_METHODS: Record<string, string> = {
  BTree: "btree",
  Hash: "hash",
  Gin: "gin",
  Gist: "gist",
  SpGist: "spgist",
  Brin: "brin",
};

// Reads prisma/schema.prisma (or another schema file) into the model the migrations must produce.
export async function loadSchemaModel(schemaPath: string): Promise<SchemaModel> {
  const { getDMMF } = await import("@prisma/internals");
  const dmmf = await getDMMF({ datamodel: await readFile(schemaPath, "utf8") });
  return schemaModelFromDatamodel(dmmf.datamodel);
}

// Builds the expected database schema from Prisma's DMMF, following the rules Prisma Migrate uses
// for PostgreSQL. Throws on a schema feature this comparison does not model yet, so a gap fails
// loudly instead of passing silently.
export function schemaModelFromDatamodel(datamodel: Datamodel): SchemaModel {
  const enumNames = new Map(datamodel.enums.map((dmmfEnum) => [dmmfEnum.name, dmmfEnum.dbName ?? dmmfEnum.name]));
  const enums: SchemaModel["enums"] = {};
  for (const dmmfEnum of datamodel.enums) {
    enums[dmmfEnum.dbName ?? dmmfEnum.name] = dmmfEnum.values.map((value) => value.dbName ?? value.name);
  }

  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const tables: SchemaModel["tables"] = {};
  for (const model of datamodel.models) {
    tables[tableName(model)] = tableFromModel(model, { models, enumNames, datamodel });
  }

  for (const index of datamodel.indexes) {
    addIndex(tables, models, index);
  }
  return { tables, enums };
}

type Context = {
  models: Map<string, DmmfModel>;
  enumNames: Map<string, string>;
  datamodel: Datamodel;
};

function tableFromModel(model: DmmfModel, context: Context): TableModel {
  const table = emptyTable();

  for (const field of model.fields) {
    if (field.kind === "object") {
      const foreignKey = foreignKeyFromRelation(model, field, context);
      if (foreignKey) table.foreignKeys.push(foreignKey);
      continue;
    }
    if (field.kind === "unsupported") {
      throw unsupported(`${model.name}.${field.name}`, `Unsupported("...") fields`);
    }

    table.columns[columnName(field)] = {
      type: columnType(model, field, context.enumNames),
      // Prisma Migrate creates scalar list columns without NOT NULL, even though DMMF marks them isRequired.
      nullable: field.isList || !field.isRequired,
      default: expectedDefault(model, field, context.datamodel),
    };
  }
  return table;
}

function columnType(model: DmmfModel, field: DmmfField, enumNames: Map<string, string>): string {
  const listSuffix = field.isList ? "[]" : "";
  if (field.kind === "enum") {
    return `${quoteName(enumNames.get(field.type) ?? field.type)}${listSuffix}`;
  }
  if (field.nativeType) {
    return `${nativeTypeName(model, field, field.nativeType)}${listSuffix}`;
  }
  const scalar = SCALAR_TYPES[field.type];
  if (!scalar) throw new Error(`${model.name}.${field.name}: no PostgreSQL type is known for Prisma type ${field.type}`);
  return `${scalar}${listSuffix}`;
}

const SIMPLE_NATIVE_TYPES: Record<string, string> = {
  Text: "text",
  Uuid: "uuid",
  Xml: "xml",
  Inet: "inet",
  Citext: "citext",
  Money: "money",
  Oid: "oid",
  Date: "date",
  SmallInt: "smallint",
  Integer: "integer",
  BigInt: "bigint",
  Real: "real",
  Boolean: "boolean",
  ByteA: "bytea",
  Json: "json",
  JsonB: "jsonb",
  DoublePrecision: "double precision",
};

// Maps an @db.* attribute to format_type() output. PostgreSQL gives CHAR and BIT a length of 1 when
// none is written. The other types keep no modifier, and format_type() prints none.
function nativeTypeName(model: DmmfModel, field: DmmfField, nativeType: readonly [string, readonly string[]]): string {
  const [name, args] = nativeType;
  const modifier = args.length > 0 ? `(${args.join(",")})` : "";
  const simple = SIMPLE_NATIVE_TYPES[name];
  if (simple) return simple;

  switch (name) {
    case "VarChar":
      return `character varying${modifier}`;
    case "Char":
      return `character${modifier || "(1)"}`;
    case "Bit":
      return `bit${modifier || "(1)"}`;
    case "VarBit":
      return `bit varying${modifier}`;
    case "Decimal":
      return `numeric${modifier}`;
    case "Timestamp":
      return `timestamp${modifier} without time zone`;
    case "Timestamptz":
      return `timestamp${modifier} with time zone`;
    case "Time":
      return `time${modifier} without time zone`;
    case "Timetz":
      return `time${modifier} with time zone`;
    default:
      throw new Error(`${model.name}.${field.name}: @db.${name} is not mapped to a PostgreSQL type in tests/db/schema-model.ts`);
  }
}

// The database default Prisma Migrate writes for a field, in canonicalDefault() form.
function expectedDefault(model: DmmfModel, field: DmmfField, datamodel: Datamodel): string | null {
  const value = field.default;
  if (!field.hasDefaultValue || value === undefined) return null;
  const where = `${model.name}.${field.name}`;

  if (Array.isArray(value)) {
    if (value.length === 0) return "ARRAY[]";
    throw unsupported(where, "non-empty list defaults");
  }

  if (typeof value === "object") {
    const { name, args } = value as { name: string; args: readonly (string | number)[] };
    if (CLIENT_SIDE_DEFAULTS.has(name)) return null;
    if (name === "now") return "CURRENT_TIMESTAMP";
    if (name === "autoincrement") return "autoincrement()";
    if (name === "dbgenerated" && args.length === 1) return canonicalDefault(String(args[0]));
    throw unsupported(where, `@default(${name}(...)) values`);
  }

  if (typeof value === "boolean" || typeof value === "number") return canonicalDefault(String(value));

  if (field.kind === "enum") {
    const dmmfEnum = datamodel.enums.find((candidate) => candidate.name === field.type);
    const member = dmmfEnum?.values.find((candidate) => candidate.name === value);
    return quoteLiteral(member?.dbName ?? value);
  }
  if (["Int", "BigInt", "Float", "Decimal"].includes(field.type)) return canonicalDefault(value);
  if (field.type === "DateTime" || field.type === "Bytes") {
    throw unsupported(where, `literal ${field.type} defaults`);
  }
  return quoteLiteral(value);
}

function unsupported(where: string, feature: string): Error {
  return new Error(`${where}: ${feature} are not modelled by the drift check. Extend tests/db/schema-model.ts to compare them.`);
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function foreignKeyFromRelation(model: DmmfModel, field: DmmfField, context: Context): ForeignKeyModel | null {
  const fromFields = field.relationFromFields ?? [];
  const target = context.models.get(field.type);
  if (!target) throw new Error(`${model.name}.${field.name}: relation to unknown model ${field.type}`);

  if (fromFields.length === 0) {
    const backRelation = target.fields.find(
      (candidate) => candidate.relationName === field.relationName && candidate !== field,
    );
    if (field.isList && backRelation?.isList) {
      throw unsupported(`${model.name}.${field.name}`, "implicit many-to-many relations");
    }
    // The foreign key is on the other side of the relation.
    return null;
  }

  // Prisma's defaults are Restrict for a required relation, SetNull for an optional one, and Cascade on update.
  const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
  const onUpdate = field.relationOnUpdate ?? "Cascade";
  return {
    name: null,
    columns: fromFields.map((name) => columnName(findField(model, name))),
    referencedTable: tableName(target),
    referencedColumns: (field.relationToFields ?? []).map((name) => columnName(findField(target, name))),
    onDelete: referentialAction(onDelete, `${model.name}.${field.name}`),
    onUpdate: referentialAction(onUpdate, `${model.name}.${field.name}`),
  };
}

function referentialAction(action: string, where: string): ReferentialAction {
  const mapped = REFERENTIAL_ACTIONS[action];
  if (!mapped) throw new Error(`${where}: unknown referential action ${action}`);
  return mapped;
}

function addIndex(tables: SchemaModel["tables"], models: Map<string, DmmfModel>, index: DmmfIndex): void {
  const model = models.get(index.model);
  if (!model) throw new Error(`Index on unknown model ${index.model}`);
  const table = tables[tableName(model)];
  const columnNames = index.fields.map((indexField) => columnName(findField(model, indexField.name)));

  const entry: IndexModel = {
    name: index.dbName ?? defaultIndexName(tableName(model), columnNames, index.type),
    columns: index.fields.map((indexField, position) => {
      const quoted = quoteName(columnNames[position]);
      return indexField.sortOrder === "desc" ? `${quoted} DESC` : quoted;
    }),
    method: index.algorithm ? (INDEX_METHODS[index.algorithm] ?? index.algorithm.toLowerCase()) : "btree",
    predicate: null,
  };

  if (index.type === "id") table.primaryKey = entry;
  else if (index.type === "unique") table.uniqueIndexes.push(entry);
  else if (index.type === "normal") table.indexes.push(entry);
  else throw new Error(`${index.model}: @@${index.type} indexes do not exist on PostgreSQL`);
}

// Prisma's default constraint names (psl ConstraintNames): `{table}_pkey`, and
// `{table}_{columns}_key` or `_idx`, cut so the whole name fits PostgreSQL's 63-byte limit.
export function defaultIndexName(table: string, columns: string[], type: DmmfIndex["type"]): string {
  if (type === "id") return `${truncateBytes(table, MAX_IDENTIFIER_BYTES - "_pkey".length)}_pkey`;
  const suffix = type === "unique" ? "_key" : "_idx";
  return `${truncateBytes(`${table}_${columns.join("_")}`, MAX_IDENTIFIER_BYTES - suffix.length)}${suffix}`;
}

function truncateBytes(text: string, maxBytes: number): string {
  let result = "";
  for (const character of text) {
    if (Buffer.byteLength(result + character, "utf8") > maxBytes) break;
    result += character;
  }
  return result;
}

function findField(model: DmmfModel, name: string): DmmfField {
  const field = model.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${model.name} has no field ${name}`);
  return field;
}

function tableName(model: DmmfModel): string {
  return model.dbName ?? model.name;
}

function columnName(field: DmmfField): string {
  return field.dbName ?? field.name;
}
