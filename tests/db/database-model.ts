import type pg from "pg";

import {
  canonicalDefault,
  emptyTable,
  quoteName,
  type IndexModel,
  type ReferentialAction,
  type SchemaModel,
  type TableModel,
} from "./model";

// Prisma Migrate's own bookkeeping table, which schema.prisma does not describe.
const MIGRATIONS_TABLE = "_prisma_migrations";

// pg_constraint.confdeltype / confupdtype codes.
const ACTION_CODES: Record<string, ReferentialAction> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

type ColumnRow = {
  table_name: string;
  column_name: string;
  not_null: boolean;
  formatted_type: string;
  type_kind: string;
  type_name: string;
  type_schema: string;
  element_kind: string | null;
  element_name: string | null;
  element_schema: string | null;
  default_expression: string | null;
  identity: string;
};

type IndexColumnRow = {
  table_name: string;
  index_name: string;
  is_unique: boolean;
  is_primary: boolean;
  method: string;
  predicate: string | null;
  column_text: string;
  is_descending: boolean;
};

type ForeignKeyRow = {
  constraint_name: string;
  table_name: string;
  columns: string[];
  referenced_schema: string;
  referenced_table: string;
  referenced_columns: string[];
  delete_action: string;
  update_action: string;
};

// Reads tables, columns, keys, indexes and enums of one PostgreSQL schema from pg_catalog. It runs
// only SELECTs on the given client, so inside the caller's transaction it reads uncommitted DDL too.
export async function readDatabaseModel(client: pg.ClientBase, schema: string): Promise<SchemaModel> {
  const tables: SchemaModel["tables"] = {};
  const tableRows = await client.query<{ table_name: string }>(
    `SELECT c.relname AS table_name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> $2`,
    [schema, MIGRATIONS_TABLE],
  );
  for (const row of tableRows.rows) tables[row.table_name] = emptyTable();

  await readColumns(client, schema, tables);
  await readIndexes(client, schema, tables);
  await readForeignKeys(client, schema, tables);
  return { tables, enums: await readEnums(client, schema) };
}

async function readColumns(client: pg.ClientBase, schema: string, tables: SchemaModel["tables"]): Promise<void> {
  const { rows } = await client.query<ColumnRow>(
    `SELECT c.relname AS table_name, a.attname AS column_name, a.attnotnull AS not_null,
            format_type(a.atttypid, a.atttypmod) AS formatted_type,
            t.typtype AS type_kind, t.typname AS type_name, tn.nspname AS type_schema,
            et.typtype AS element_kind, et.typname AS element_name, etn.nspname AS element_schema,
            pg_get_expr(d.adbin, d.adrelid) AS default_expression, a.attidentity AS identity
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       JOIN pg_namespace tn ON tn.oid = t.typnamespace
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> $2
        AND a.attnum > 0 AND NOT a.attisdropped`,
    [schema, MIGRATIONS_TABLE],
  );

  for (const row of rows) {
    let columnDefault = row.default_expression === null ? null : canonicalDefault(stripSchema(row.default_expression, schema));
    // Prisma writes SERIAL for autoincrement(), so an identity column is reported as a different default.
    if (row.identity !== "") columnDefault = `identity (${row.identity === "a" ? "ALWAYS" : "BY DEFAULT"})`;

    tables[row.table_name].columns[row.column_name] = {
      type: columnType(row, schema),
      nullable: !row.not_null,
      default: columnDefault,
    };
  }
}

// format_type() qualifies a type with its schema when that schema is not on the search_path, so
// enums are spelled out here the way schema-model.ts writes them: quoted, and qualified only when
// they live outside the schema under test. Other types keep format_type()'s spelling.
function columnType(row: ColumnRow, schema: string): string {
  if (row.element_name !== null && row.element_schema !== null) {
    if (row.element_kind !== "e") return row.formatted_type;
    return `${enumTypeName(row.element_name, row.element_schema, schema)}[]`;
  }
  if (row.type_kind !== "e") return row.formatted_type;
  return enumTypeName(row.type_name, row.type_schema, schema);
}

function enumTypeName(name: string, typeSchema: string, schema: string): string {
  return typeSchema === schema ? quoteName(name) : `${quoteName(typeSchema)}.${quoteName(name)}`;
}

// pg_get_expr() qualifies names of sequences and types outside the search_path, as in
// `nextval('t_1a2b."AuditLog_id_seq"'::regclass)` or `'city'::t_1a2b."PlaceScope"`.
function stripSchema(expression: string, schema: string): string {
  const prefixes = [`${quoteName(schema)}.`, `${schema}.`];
  let result = expression;
  for (const prefix of prefixes) result = result.split(prefix).join("");
  return result;
}

async function readIndexes(client: pg.ClientBase, schema: string, tables: SchemaModel["tables"]): Promise<void> {
  const { rows } = await client.query<IndexColumnRow>(
    `SELECT tc.relname AS table_name, ic.relname AS index_name, i.indisunique AS is_unique,
            i.indisprimary AS is_primary, am.amname AS method,
            pg_get_expr(i.indpred, i.indrelid) AS predicate,
            pg_get_indexdef(i.indexrelid, k.position::int, true) AS column_text,
            (i.indoption[k.position - 1] & 1) = 1 AS is_descending
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class tc ON tc.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
       JOIN pg_am am ON am.oid = ic.relam
       CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
      WHERE n.nspname = $1 AND tc.relname <> $2 AND k.position <= i.indnkeyatts
      ORDER BY tc.relname, ic.relname, k.position`,
    [schema, MIGRATIONS_TABLE],
  );

  const indexes = new Map<string, { table: string; isUnique: boolean; isPrimary: boolean; index: IndexModel }>();
  for (const row of rows) {
    const key = `${row.table_name}\u0000${row.index_name}`;
    let entry = indexes.get(key);
    if (!entry) {
      entry = {
        table: row.table_name,
        isUnique: row.is_unique,
        isPrimary: row.is_primary,
        index: { name: row.index_name, columns: [], method: row.method, predicate: row.predicate },
      };
      indexes.set(key, entry);
    }
    entry.index.columns.push(indexColumn(row));
  }

  for (const { table, isUnique, isPrimary, index } of indexes.values()) {
    const target: TableModel = tables[table];
    if (isPrimary) target.primaryKey = index;
    else if (isUnique) target.uniqueIndexes.push(index);
    else target.indexes.push(index);
  }
}

// pg_get_indexdef() with a column number prints the column name, quoted only when needed, or the
// expression. Quoting every name here gives the same spelling as schema-model.ts.
function indexColumn(row: IndexColumnRow): string {
  const text = row.column_text;
  const unquoted = /^"(.*)"$/.exec(text)?.[1]?.replace(/""/g, '"');
  const name = unquoted ?? (/^[a-z_][a-z0-9_$]*$/.test(text) ? text : null);
  const column = name === null ? `(${text})` : quoteName(name);
  return row.is_descending ? `${column} DESC` : column;
}

async function readForeignKeys(client: pg.ClientBase, schema: string, tables: SchemaModel["tables"]): Promise<void> {
  const { rows } = await client.query<ForeignKeyRow>(
    `SELECT con.conname AS constraint_name, tc.relname AS table_name,
            array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                   ORDER BY k.position) AS columns,
            rn.nspname AS referenced_schema, rc.relname AS referenced_table,
            array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                   ORDER BY k.position) AS referenced_columns,
            con.confdeltype AS delete_action, con.confupdtype AS update_action
       FROM pg_constraint con
       JOIN pg_class tc ON tc.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
       JOIN pg_class rc ON rc.oid = con.confrelid
       JOIN pg_namespace rn ON rn.oid = rc.relnamespace
      WHERE con.contype = 'f' AND n.nspname = $1 AND tc.relname <> $2
      ORDER BY tc.relname, con.conname`,
    [schema, MIGRATIONS_TABLE],
  );

  for (const row of rows) {
    tables[row.table_name].foreignKeys.push({
      name: row.constraint_name,
      columns: row.columns,
      referencedTable:
        row.referenced_schema === schema ? row.referenced_table : `${row.referenced_schema}.${row.referenced_table}`,
      referencedColumns: row.referenced_columns,
      onDelete: ACTION_CODES[row.delete_action],
      onUpdate: ACTION_CODES[row.update_action],
    });
  }
}

async function readEnums(client: pg.ClientBase, schema: string): Promise<SchemaModel["enums"]> {
  const { rows } = await client.query<{ enum_name: string; enum_values: string[] }>(
    `SELECT t.typname AS enum_name,
            coalesce(array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FILTER (WHERE e.enumlabel IS NOT NULL), '{}') AS enum_values
       FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
       LEFT JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = $1 AND t.typtype = 'e'
      GROUP BY t.typname`,
    [schema],
  );
  const enums: SchemaModel["enums"] = {};
  for (const row of rows) enums[row.enum_name] = row.enum_values;
  return enums;
}
