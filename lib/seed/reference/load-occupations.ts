import { syncRows } from "../sync";
import type { SeedClient } from "../types";
import type { ReferenceData } from "./read-reference-data";

export async function loadOccupations(db: SeedClient, data: ReferenceData) {
  const occupations = await syncRows({
    table: "Occupation",
    rows: data.occupations,
    key: (row) => row.code,
    fields: ["level", "parentCode", "titleId", "iscoCode", "titleEn"],
    existing: await db.occupation.findMany({
      select: { code: true, level: true, parentCode: true, titleId: true, iscoCode: true, titleEn: true },
    }),
    createMany: (rows) => db.occupation.createMany({ data: rows, skipDuplicates: true }),
    update: ({ code, ...fields }) => db.occupation.update({ where: { code }, data: fields }),
  });

  return [occupations];
}
