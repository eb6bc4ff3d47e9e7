import type { Database } from "../../db/create-client";
import type { ReferenceData } from "../reference/read-reference-data";
import type { SyncResult } from "../sync";
import { buildDemoData } from "./build-demo-data";
import { DEMO_COMPANIES } from "./content/companies";
import { DEMO_SEEKERS } from "./content/seekers";
import { createSeedCalendar } from "./dates";
import { resolveDemoPasswordHash } from "./demo-password-hash";
import { writeDemoData } from "./write-demo-data";

const STAFF_EMAILS = [
  "admin@demo.ijc.id",
  "officer.bandung@demo.ijc.id",
  "officer.surabaya@demo.ijc.id",
  "officer.makassar@demo.ijc.id",
  "officer.yogyakarta@demo.ijc.id",
];

export async function seedDemoData(
  prisma: Database,
  reference: ReferenceData,
  options: { now: Date; transactionTimeoutMs: number },
): Promise<SyncResult[]> {
  const emails = [
    ...STAFF_EMAILS,
    ...DEMO_COMPANIES.map((company) => company.member.email),
    ...DEMO_SEEKERS.map((seeker) => seeker.email),
  ];
  const passwordHash = await resolveDemoPasswordHash(prisma, emails);
  const data = buildDemoData({ reference, calendar: createSeedCalendar(options.now), passwordHash });

  return prisma.$transaction((tx) => writeDemoData(tx, data), {
    maxWait: options.transactionTimeoutMs,
    timeout: options.transactionTimeoutMs,
  });
}
