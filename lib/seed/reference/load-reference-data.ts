import type { SyncResult } from "../sync";
import type { SeedClient } from "../types";
import { loadAccommodations } from "./load-accommodations";
import { loadFunctioningDomains } from "./load-functioning-domains";
import { loadOccupations } from "./load-occupations";
import { loadPlaces } from "./load-places";
import { loadSkills } from "./load-skills";
import type { ReferenceData } from "./read-reference-data";

// Writes every reference table. Domains come before accommodations because the links point at them.
export async function loadReferenceData(db: SeedClient, data: ReferenceData): Promise<SyncResult[]> {
  return [
    ...(await loadPlaces(db, data)),
    ...(await loadOccupations(db, data)),
    ...(await loadSkills(db, data)),
    ...(await loadFunctioningDomains(db, data)),
    ...(await loadAccommodations(db, data)),
  ];
}
