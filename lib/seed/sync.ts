// Bulk, idempotent writes for seed rows that have a stable key.
//
// syncRows inserts the missing rows with one createMany and updates only the rows whose compared
// fields differ, so a second run with unchanged input sends no updates at all. Rows that exist in
// the database but not in the input are reported as stale, never deleted: other rows may still
// point at them.

export type SyncResult = { table: string; created: number; updated: number; stale: string[] };

export type SyncSpec<Row extends Record<string, unknown>> = {
  table: string;
  rows: Row[];
  key: (row: Row) => string;
  // Fields compared with the existing row to decide whether it needs an update.
  fields: readonly (keyof Row)[];
  // The existing rows, selected by the caller with at least the key and the compared fields.
  existing: Row[];
  createMany: (rows: Row[]) => Promise<unknown>;
  update: (row: Row) => Promise<unknown>;
};

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  return (a ?? null) === (b ?? null);
}

export async function syncRows<Row extends Record<string, unknown>>(spec: SyncSpec<Row>): Promise<SyncResult> {
  const existingByKey = new Map(spec.existing.map((row) => [spec.key(row), row]));
  const inputKeys = new Set<string>();
  const toCreate: Row[] = [];
  const toUpdate: Row[] = [];

  for (const row of spec.rows) {
    const key = spec.key(row);
    if (inputKeys.has(key)) throw new Error(`Duplicate key "${key}" in the seed rows for ${spec.table}`);
    inputKeys.add(key);

    const current = existingByKey.get(key);
    if (!current) {
      toCreate.push(row);
    } else if (spec.fields.some((field) => !sameValue(current[field], row[field]))) {
      toUpdate.push(row);
    }
  }

  if (toCreate.length > 0) await spec.createMany(toCreate);
  // Updates happen only for rows whose source changed since the last run, so they stay few.
  for (const row of toUpdate) await spec.update(row);

  const stale = [...existingByKey.keys()].filter((key) => !inputKeys.has(key));
  return { table: spec.table, created: toCreate.length, updated: toUpdate.length, stale };
}

export type ReplaceSetSpec<Row extends Record<string, unknown>> = {
  table: string;
  rows: Row[];
  // The existing rows of the same owners, with the same fields as the input rows.
  existing: Row[];
  deleteAll: () => Promise<unknown>;
  createMany: (rows: Row[]) => Promise<unknown>;
};

function canonicalRows(rows: Record<string, unknown>[]): string[] {
  return rows
    .map((row) =>
      JSON.stringify(
        Object.keys(row)
          .sort()
          .map((field) => [field, row[field] instanceof Date ? (row[field] as Date).toISOString() : row[field]]),
      ),
    )
    .sort();
}

// Replaces a set of link rows (for example the skills of the demo vacancies) when it differs from
// the input: one delete and one createMany, or nothing when the sets are equal.
export async function replaceSetIfChanged<Row extends Record<string, unknown>>(
  spec: ReplaceSetSpec<Row>,
): Promise<SyncResult> {
  const inputRows = canonicalRows(spec.rows);
  const currentRows = canonicalRows(spec.existing);
  const unchanged =
    inputRows.length === currentRows.length && inputRows.every((row, index) => row === currentRows[index]);
  if (unchanged) return { table: spec.table, created: 0, updated: 0, stale: [] };

  await spec.deleteAll();
  if (spec.rows.length > 0) await spec.createMany(spec.rows);
  return { table: spec.table, created: spec.rows.length, updated: 0, stale: [] };
}
