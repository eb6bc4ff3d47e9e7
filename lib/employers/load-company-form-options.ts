import type { Database } from "@/lib/db/create-client";

export type CityGroup = { provinceCode: string; provinceName: string; cities: { code: string; name: string }[] };

// Returns kabupaten/kota grouped by province, both in code order, for a grouped city select.
export async function listCitiesByProvince(db: Database): Promise<CityGroup[]> {
  const provinces = await db.province.findMany({
    orderBy: { code: "asc" },
    select: { code: true, name: true, cities: { orderBy: { code: "asc" }, select: { code: true, name: true } } },
  });
  return provinces.map((province) => ({ provinceCode: province.code, provinceName: province.name, cities: province.cities }));
}

export async function listAccessFeatures(db: Database) {
  return db.accommodation.findMany({
    where: { kind: "access_feature" },
    orderBy: { position: "asc" },
    select: { id: true, labelId: true, labelEn: true, descriptionId: true, descriptionEn: true },
  });
}
