import type { Database } from "@/lib/db/create-client";

// A province and its kabupaten/kota, shaped for a grouped select: the province name labels the
// group, and each option's value is the city's Kemendagri code.
export type CityGroup = { label: string; options: { value: string; label: string }[] };

// Place names are Indonesian in both locales, so one Indonesian collation orders them.
const collator = new Intl.Collator("id");

// Returns every kabupaten/kota grouped by province, for the city selects of the seeker, company
// and vacancy forms. Provinces, and the cities within each, are in alphabetical order, which
// Intl.Collator decides so the order does not depend on the database's collation.
export async function listCityGroups(options: { db: Database }): Promise<CityGroup[]> {
  const provinces = await options.db.province.findMany({
    select: { name: true, cities: { select: { code: true, name: true } } },
  });
  return provinces
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((province) => ({
      label: province.name,
      options: province.cities
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((city) => ({ value: city.code, label: city.name })),
    }));
}
