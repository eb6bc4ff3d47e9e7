import { quoteName, type ForeignKeyModel, type IndexModel, type SchemaModel, type TableModel } from "./model";

const EXPECTED = "schema.prisma";
const ACTUAL = "the database";

// Lists every way the database (actual) differs from schema.prisma (expected), one sentence each,
// in a stable order: enums first, then tables by name. An empty list means they agree.
export function diffModels(expected: SchemaModel, actual: SchemaModel): string[] {
  const differences: string[] = [];
  diffEnums(expected.enums, actual.enums, differences);

  for (const name of sortedUnion(expected.tables, actual.tables)) {
    const expectedTable = expected.tables[name];
    const actualTable = actual.tables[name];
    if (!actualTable) differences.push(`table ${quoteName(name)} is missing from ${ACTUAL}`);
    else if (!expectedTable) differences.push(`table ${quoteName(name)} is in ${ACTUAL} but not in ${EXPECTED}`);
    else diffTable(name, expectedTable, actualTable, differences);
  }
  return differences;
}

function diffEnums(expected: SchemaModel["enums"], actual: SchemaModel["enums"], differences: string[]): void {
  for (const name of sortedUnion(expected, actual)) {
    const label = `enum ${quoteName(name)}`;
    if (!actual[name]) differences.push(`${label} is missing from ${ACTUAL}`);
    else if (!expected[name]) differences.push(`${label} is in ${ACTUAL} but not in ${EXPECTED}`);
    else if (expected[name].join("\u0000") !== actual[name].join("\u0000")) {
      differences.push(
        `${label} has values (${expected[name].join(", ")}) in ${EXPECTED} but (${actual[name].join(", ")}) in ${ACTUAL}`,
      );
    }
  }
}

function diffTable(table: string, expected: TableModel, actual: TableModel, differences: string[]): void {
  for (const name of sortedUnion(expected.columns, actual.columns)) {
    const label = `column ${quoteName(table)}.${quoteName(name)}`;
    const expectedColumn = expected.columns[name];
    const actualColumn = actual.columns[name];
    if (!actualColumn) {
      differences.push(`${label} is missing from ${ACTUAL}`);
      continue;
    }
    if (!expectedColumn) {
      differences.push(`${label} is in ${ACTUAL} but not in ${EXPECTED}`);
      continue;
    }
    if (expectedColumn.type !== actualColumn.type) {
      differences.push(`${label} has type ${expectedColumn.type} in ${EXPECTED} but ${actualColumn.type} in ${ACTUAL}`);
    }
    if (expectedColumn.nullable !== actualColumn.nullable) {
      differences.push(`${label} is ${nullability(expectedColumn.nullable)} in ${EXPECTED} but ${nullability(actualColumn.nullable)} in ${ACTUAL}`);
    }
    if (expectedColumn.default !== actualColumn.default) {
      differences.push(
        `${label} has default ${expectedColumn.default ?? "(none)"} in ${EXPECTED} but ${actualColumn.default ?? "(none)"} in ${ACTUAL}`,
      );
    }
  }

  diffPrimaryKey(table, expected.primaryKey, actual.primaryKey, differences);
  diffIndexList(table, "unique index", expected.uniqueIndexes, actual.uniqueIndexes, differences);
  diffIndexList(table, "index", expected.indexes, actual.indexes, differences);
  diffForeignKeys(table, expected.foreignKeys, actual.foreignKeys, differences);
}

function nullability(nullable: boolean): string {
  return nullable ? "nullable" : "NOT NULL";
}

function diffPrimaryKey(table: string, expected: IndexModel | null, actual: IndexModel | null, differences: string[]): void {
  if (expected && !actual) differences.push(`primary key ${describeIndex(table, expected)} is missing from ${ACTUAL}`);
  else if (!expected && actual) differences.push(`primary key ${describeIndex(table, actual)} is in ${ACTUAL} but not in ${EXPECTED}`);
  else if (expected && actual) {
    if (columnList(expected) !== columnList(actual)) {
      differences.push(
        `primary key of ${quoteName(table)} is (${columnList(expected)}) in ${EXPECTED} but (${columnList(actual)}) in ${ACTUAL}`,
      );
    }
    diffIndexDetails(`primary key of ${quoteName(table)}`, expected, actual, differences);
  }
}

// Pairs indexes by their key columns, so a renamed index reads as a name difference and a missing
// one reads as missing.
function diffIndexList(table: string, kind: string, expected: IndexModel[], actual: IndexModel[], differences: string[]): void {
  const unmatched = [...actual];
  for (const expectedIndex of expected) {
    const position = unmatched.findIndex((candidate) => columnList(candidate) === columnList(expectedIndex));
    if (position === -1) {
      differences.push(`${kind} ${describeIndex(table, expectedIndex)} is missing from ${ACTUAL}`);
      continue;
    }
    const [actualIndex] = unmatched.splice(position, 1);
    diffIndexDetails(`${kind} on ${quoteName(table)} (${columnList(expectedIndex)})`, expectedIndex, actualIndex, differences);
  }
  for (const actualIndex of unmatched) {
    differences.push(`${kind} ${describeIndex(table, actualIndex)} is in ${ACTUAL} but not in ${EXPECTED}`);
  }
}

function diffIndexDetails(label: string, expected: IndexModel, actual: IndexModel, differences: string[]): void {
  if (expected.name !== actual.name) {
    differences.push(`${label} is named ${quoteName(expected.name)} in ${EXPECTED} but ${quoteName(actual.name)} in ${ACTUAL}`);
  }
  if (expected.method !== actual.method) {
    differences.push(`${label} uses ${expected.method} in ${EXPECTED} but ${actual.method} in ${ACTUAL}`);
  }
  if (expected.predicate !== actual.predicate) {
    differences.push(
      `${label} has predicate ${expected.predicate ?? "(none)"} in ${EXPECTED} but ${actual.predicate ?? "(none)"} in ${ACTUAL}`,
    );
  }
}

function describeIndex(table: string, index: IndexModel): string {
  return `${quoteName(index.name)} on ${quoteName(table)} (${columnList(index)})`;
}

function columnList(index: IndexModel): string {
  return index.columns.join(", ");
}

// Pairs foreign keys by their columns, then compares the referenced side and the actions.
function diffForeignKeys(table: string, expected: ForeignKeyModel[], actual: ForeignKeyModel[], differences: string[]): void {
  const unmatched = [...actual];
  for (const expectedKey of expected) {
    const position = unmatched.findIndex((candidate) => sameColumns(candidate.columns, expectedKey.columns));
    if (position === -1) {
      differences.push(`foreign key ${describeForeignKey(table, expectedKey)} is missing from ${ACTUAL}`);
      continue;
    }
    const [actualKey] = unmatched.splice(position, 1);
    const label = `foreign key on ${quoteName(table)} (${quotedList(expectedKey.columns)})`;

    const expectedTarget = describeTarget(expectedKey);
    const actualTarget = describeTarget(actualKey);
    if (expectedTarget !== actualTarget) {
      differences.push(`${label} references ${expectedTarget} in ${EXPECTED} but ${actualTarget} in ${ACTUAL}`);
    }
    if (expectedKey.onDelete !== actualKey.onDelete) {
      differences.push(`${label} has ON DELETE ${expectedKey.onDelete} in ${EXPECTED} but ON DELETE ${actualKey.onDelete} in ${ACTUAL}`);
    }
    if (expectedKey.onUpdate !== actualKey.onUpdate) {
      differences.push(`${label} has ON UPDATE ${expectedKey.onUpdate} in ${EXPECTED} but ON UPDATE ${actualKey.onUpdate} in ${ACTUAL}`);
    }
    if (expectedKey.name !== null && actualKey.name !== null && expectedKey.name !== actualKey.name) {
      differences.push(`${label} is named ${quoteName(expectedKey.name)} in ${EXPECTED} but ${quoteName(actualKey.name)} in ${ACTUAL}`);
    }
  }
  for (const actualKey of unmatched) {
    differences.push(`foreign key ${describeForeignKey(table, actualKey)} is in ${ACTUAL} but not in ${EXPECTED}`);
  }
}

function describeForeignKey(table: string, key: ForeignKeyModel): string {
  const name = key.name === null ? "" : `${quoteName(key.name)} `;
  return `${name}on ${quoteName(table)} (${quotedList(key.columns)}) -> ${describeTarget(key)} ON DELETE ${key.onDelete}`;
}

function describeTarget(key: ForeignKeyModel): string {
  return `${quoteName(key.referencedTable)} (${quotedList(key.referencedColumns)})`;
}

function quotedList(names: string[]): string {
  return names.map(quoteName).join(", ");
}

function sameColumns(left: string[], right: string[]): boolean {
  return left.length === right.length && left.every((name, position) => name === right[position]);
}

function sortedUnion(left: object, right: object): string[] {
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
}
