import { replaceSetIfChanged, syncRows } from "../sync";
import type { SeedClient } from "../types";
import type { ReferenceData } from "./read-reference-data";

export async function loadAccommodations(db: SeedClient, data: ReferenceData) {
  const accommodations = await syncRows({
    table: "Accommodation",
    rows: data.accommodations.map((accommodation) => ({
      id: accommodation.id,
      kind: accommodation.kind,
      labelId: accommodation.labelId,
      labelEn: accommodation.labelEn,
      descriptionId: accommodation.descriptionId,
      descriptionEn: accommodation.descriptionEn,
      position: accommodation.position,
    })),
    key: (row) => row.id,
    fields: ["kind", "labelId", "labelEn", "descriptionId", "descriptionEn", "position"],
    existing: await db.accommodation.findMany({
      select: {
        id: true,
        kind: true,
        labelId: true,
        labelEn: true,
        descriptionId: true,
        descriptionEn: true,
        position: true,
      },
    }),
    createMany: (rows) => db.accommodation.createMany({ data: rows, skipDuplicates: true }),
    update: ({ id, ...fields }) => db.accommodation.update({ where: { id }, data: fields }),
  });

  // The domain links of the catalogued accommodations are replaced as one set when the file changes.
  const accommodationIds = data.accommodations.map((accommodation) => accommodation.id);
  const domainLinks = await replaceSetIfChanged({
    table: "AccommodationDomain",
    rows: data.accommodations.flatMap((accommodation) =>
      accommodation.domains.map((domainId) => ({ accommodationId: accommodation.id, domainId })),
    ),
    existing: await db.accommodationDomain.findMany({
      where: { accommodationId: { in: accommodationIds } },
      select: { accommodationId: true, domainId: true },
    }),
    deleteAll: () => db.accommodationDomain.deleteMany({ where: { accommodationId: { in: accommodationIds } } }),
    createMany: (rows) => db.accommodationDomain.createMany({ data: rows }),
  });

  return [accommodations, domainLinks];
}
