import type { Database } from "../db/create-client";
import { countRows } from "./counts";
import { seedDemoData } from "./demo/seed-demo-data";
import { defaultDataDir } from "./reference/data-dir";
import { loadReferenceData } from "./reference/load-reference-data";
import { readReferenceData } from "./reference/read-reference-data";
import type { SyncResult } from "./sync";

export { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";

export type SeedOptions = {
  // Also write the demo companies, vacancies, seekers and applications.
  demo: boolean;
  // Folder of the reference files, prisma/data by default.
  dataDir?: string;
  // Reference instant of the demo dates, the current time by default.
  now?: Date;
  // Maximum time per transaction in milliseconds, queueing included.
  transactionTimeoutMs?: number;
};

export type SeedResult = { results: SyncResult[]; counts: Record<string, number> };

// Loads the reference data and, with demo: true, the demo data. Safe to run again: a second run on
// the same day changes nothing. Queries run one after another, so a pool of one connection works.
export async function seedDatabase(prisma: Database, options: SeedOptions): Promise<SeedResult> {
  const transactionTimeoutMs = options.transactionTimeoutMs ?? 60_000;
  const reference = readReferenceData(options.dataDir ?? defaultDataDir());

  const results = await prisma.$transaction((tx) => loadReferenceData(tx, reference), {
    maxWait: transactionTimeoutMs,
    timeout: transactionTimeoutMs,
  });

  if (options.demo) {
    results.push(...(await seedDemoData(prisma, reference, { now: options.now ?? new Date(), transactionTimeoutMs })));
  }

  return { results, counts: await countRows(prisma) };
}
