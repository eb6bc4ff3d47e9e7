import type { Database } from "@/lib/db/create-client";
import type { DifficultyLevel, DisabilityType } from "@/lib/generated/prisma/enums";

// The sensitive parts of a seeker profile that an employer may see, each null when the seeker
// chose not to show it (UU No. 27/2022 Pasal 20: consent per purpose).
export type DisclosedSeekerParts = {
  disabilityTypes: DisabilityType[] | null;
  functioning: { domainId: string; labelId: string; labelEn: string; level: DifficultyLevel }[] | null;
  accommodationNeeds: { id: string; labelId: string; labelEn: string }[] | null;
};

// Loads the disclosed parts of several seekers at once. Each query filters on the seeker's own
// disclosure flag, so a hidden part is never read from the database, whatever the page renders.
export async function loadDisclosedSeekerParts(
  db: Pick<Database, "seekerProfile" | "seekerFunctioning" | "seekerAccommodationNeed">,
  seekerIds: string[],
): Promise<Map<string, DisclosedSeekerParts>> {
  const ids = [...new Set(seekerIds)];
  if (ids.length === 0) return new Map();

  const [flags, disabilityRows, functioningRows, needRows] = await Promise.all([
    db.seekerProfile.findMany({
      where: { id: { in: ids } },
      select: { id: true, showDisabilityTypes: true, showFunctioning: true, showAccommodationNeeds: true },
    }),
    db.seekerProfile.findMany({
      where: { id: { in: ids }, showDisabilityTypes: true },
      select: { id: true, disabilityTypes: true },
    }),
    db.seekerFunctioning.findMany({
      where: { seekerId: { in: ids }, seeker: { showFunctioning: true } },
      orderBy: { domain: { position: "asc" } },
      select: { seekerId: true, level: true, domain: { select: { id: true, labelId: true, labelEn: true } } },
    }),
    db.seekerAccommodationNeed.findMany({
      where: { seekerId: { in: ids }, seeker: { showAccommodationNeeds: true } },
      orderBy: { accommodation: { position: "asc" } },
      select: { seekerId: true, accommodation: { select: { id: true, labelId: true, labelEn: true } } },
    }),
  ]);

  const parts = new Map<string, DisclosedSeekerParts>();
  for (const flag of flags) {
    parts.set(flag.id, {
      disabilityTypes: flag.showDisabilityTypes ? [] : null,
      functioning: flag.showFunctioning ? [] : null,
      accommodationNeeds: flag.showAccommodationNeeds ? [] : null,
    });
  }
  for (const row of disabilityRows) {
    const entry = parts.get(row.id);
    if (entry?.disabilityTypes) entry.disabilityTypes.push(...row.disabilityTypes);
  }
  for (const row of functioningRows) {
    parts.get(row.seekerId)?.functioning?.push({ domainId: row.domain.id, labelId: row.domain.labelId, labelEn: row.domain.labelEn, level: row.level });
  }
  for (const row of needRows) {
    parts.get(row.seekerId)?.accommodationNeeds?.push(row.accommodation);
  }
  return parts;
}
