import { syncRows } from "../sync";
import type { SeedClient } from "../types";
import type { ReferenceData } from "./read-reference-data";

export async function loadFunctioningDomains(db: SeedClient, data: ReferenceData) {
  const existing = await db.functioningDomain.findMany({
    select: { id: true, position: true, questionEn: true, statementId: true, labelId: true, labelEn: true },
  });

  // position is unique, so moving a domain to a position that another row still has would fail
  // halfway through the updates. The seed rejects that case instead of reordering.
  for (const domain of data.functioningDomains) {
    const holder = existing.find((row) => row.position === domain.position && row.id !== domain.id);
    if (holder) {
      throw new Error(
        `Functioning domain position ${domain.position} belongs to "${holder.id}" in the database, the file gives it to "${domain.id}"`,
      );
    }
  }

  const domains = await syncRows({
    table: "FunctioningDomain",
    rows: data.functioningDomains,
    key: (row) => row.id,
    fields: ["position", "questionEn", "statementId", "labelId", "labelEn"],
    existing,
    createMany: (rows) => db.functioningDomain.createMany({ data: rows, skipDuplicates: true }),
    update: ({ id, ...fields }) => db.functioningDomain.update({ where: { id }, data: fields }),
  });

  return [domains];
}
