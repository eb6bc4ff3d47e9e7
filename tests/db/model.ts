// A database schema described in one comparable shape, built either from prisma/schema.prisma
// (schema-model.ts) or from a live PostgreSQL schema (database-model.ts). Names are database names:
// a model or field with @map/@@map appears under its mapped name.

export type ReferentialAction = "CASCADE" | "RESTRICT" | "NO ACTION" | "SET NULL" | "SET DEFAULT";

export type ColumnModel = {
  // PostgreSQL type as format_type() prints it, for example `timestamp(3) without time zone`. An
  // enum name is quoted, as in `"WorkMode"` or, for a list, `"WorkMode"[]`.
  type: string;
  nullable: boolean;
  // Default expression in canonicalDefault() form, or null.
  default: string | null;
};

export type IndexModel = {
  name: string;
  // Key columns in order. A descending column reads `"deadline" DESC`.
  columns: string[];
  // Access method: btree, hash, gin, gist, spgist or brin.
  method: string;
  // WHERE clause of a partial index, or null.
  predicate: string | null;
};

export type ForeignKeyModel = {
  // NOTE: null on the schema side, because DMMF 7.10 does not expose @relation(map: ...), so
  // foreign key constraint names are not compared.
  name: string | null;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
};

export type TableModel = {
  columns: Record<string, ColumnModel>;
  primaryKey: IndexModel | null;
  uniqueIndexes: IndexModel[];
  indexes: IndexModel[];
  foreignKeys: ForeignKeyModel[];
};

export type SchemaModel = {
  tables: Record<string, TableModel>;
  // Enum name to its values in declaration order.
  enums: Record<string, string[]>;
};

export function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function emptyTable(): TableModel {
  return { columns: {}, primaryKey: null, uniqueIndexes: [], indexes: [], foreignKeys: [] };
}

const NUMERIC_TYPES = new Set(["smallint", "integer", "bigint", "numeric", "real", "double precision", "money"]);

// Rewrites a default expression into one spelling, so the form Prisma's migration SQL uses, the
// form PostgreSQL 15 prints and the form PostgreSQL 18 prints compare equal. The column type is
// compared on its own, so casts of literals are dropped: `'city'::"PlaceScope"` becomes `'city'`,
// `'-1'::integer` becomes `-1`, `now()` becomes `CURRENT_TIMESTAMP`, any nextval() becomes
// `autoincrement()`, and `ARRAY[]::text[]` becomes `ARRAY[]`.
export function canonicalDefault(expression: string): string {
  let text = expression.trim().replace(/\s+/g, " ");
  while (/^\((.*)\)$/.test(text) && balancedParentheses(text.slice(1, -1))) {
    text = text.slice(1, -1).trim();
  }

  if (/^now\(\)$/i.test(text) || /^CURRENT_TIMESTAMP$/i.test(text)) return "CURRENT_TIMESTAMP";
  if (/^nextval\(.*\)$/i.test(text)) return "autoincrement()";
  if (/^ARRAY\[\](::.+)?$/i.test(text)) return "ARRAY[]";
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return canonicalNumber(text);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase();

  const literal = /^'((?:[^']|'')*)'::(.+)$/.exec(text);
  if (literal) {
    const [, value, type] = literal;
    const baseType = type.replace(/\(.*\)$/, "").trim();
    if (NUMERIC_TYPES.has(baseType) && /^[-+]?\d+(\.\d+)?$/.test(value)) return canonicalNumber(value);
    if (baseType === "boolean") return value === "t" || value === "true" ? "true" : "false";
    return `'${value}'`;
  }
  return text;
}

function canonicalNumber(text: string): string {
  let number = text.replace(/^\+/, "");
  if (number.includes(".")) number = number.replace(/0+$/, "").replace(/\.$/, "");
  return number === "-0" ? "0" : number;
}

function balancedParentheses(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    if (character === "(") depth += 1;
    if (character === ")") depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
