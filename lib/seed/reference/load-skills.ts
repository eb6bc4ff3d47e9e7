import { syncRows } from "../sync";
import type { SeedClient } from "../types";
import type { ReferenceData } from "./read-reference-data";

export async function loadSkills(db: SeedClient, data: ReferenceData) {
  const skills = await syncRows({
    table: "Skill",
    rows: data.skills,
    key: (row) => row.id,
    fields: ["escoLabel", "labelId", "labelEn", "category"],
    existing: await db.skill.findMany({
      select: { id: true, escoLabel: true, labelId: true, labelEn: true, category: true },
    }),
    createMany: (rows) => db.skill.createMany({ data: rows, skipDuplicates: true }),
    update: ({ id, ...fields }) => db.skill.update({ where: { id }, data: fields }),
  });

  return [skills];
}
