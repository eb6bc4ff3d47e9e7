import { syncRows } from "../sync";
import type { SeedClient } from "../types";
import type { ReferenceData } from "./read-reference-data";

export async function loadPlaces(db: SeedClient, data: ReferenceData) {
  const provinces = await syncRows({
    table: "Province",
    rows: data.provinces,
    key: (row) => row.code,
    fields: ["name", "timeZone"],
    existing: await db.province.findMany({ select: { code: true, name: true, timeZone: true } }),
    createMany: (rows) => db.province.createMany({ data: rows, skipDuplicates: true }),
    update: ({ code, ...fields }) => db.province.update({ where: { code }, data: fields }),
  });

  const cities = await syncRows({
    table: "City",
    rows: data.cities,
    key: (row) => row.code,
    fields: ["provinceCode", "type", "name", "nameWithoutType"],
    existing: await db.city.findMany({
      select: { code: true, provinceCode: true, type: true, name: true, nameWithoutType: true },
    }),
    createMany: (rows) => db.city.createMany({ data: rows, skipDuplicates: true }),
    update: ({ code, ...fields }) => db.city.update({ where: { code }, data: fields }),
  });

  return [provinces, cities];
}
