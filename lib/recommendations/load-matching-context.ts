import type { Database } from "@/lib/db/create-client";
import { createMatchingContext, type FunctioningDomain, type MatchingContext } from "@/lib/matching";

// Loads the accommodation catalogue (which domains each accommodation makes up for) and builds a
// matching context. Call it once per request and pass the context on: every score of one page
// must come from the same catalogue.
export async function loadMatchingContext(options: { db: Database }): Promise<MatchingContext> {
  const accommodations = await options.db.accommodation.findMany({
    orderBy: [{ kind: "asc" }, { position: "asc" }, { id: "asc" }],
    select: { id: true, domains: { select: { domainId: true } } },
  });
  return createMatchingContext({
    accommodations: accommodations.map((accommodation) => ({
      id: accommodation.id,
      coversDomains: accommodation.domains.map((link) => link.domainId as FunctioningDomain),
    })),
  });
}
