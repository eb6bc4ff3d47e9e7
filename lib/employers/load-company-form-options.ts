import type { Database } from "@/lib/db/create-client";

export async function listAccessFeatures(db: Database) {
  return db.accommodation.findMany({
    where: { kind: "access_feature" },
    orderBy: { position: "asc" },
    select: { id: true, labelId: true, labelEn: true, descriptionId: true, descriptionEn: true },
  });
}
