// Seeds the database named by DATABASE_URL with the reference data in prisma/data and, unless
// --no-demo is given, with demo data. Safe to run again: existing rows are updated, not duplicated.
//
//   DATABASE_URL=postgresql://... npx tsx prisma/seed.ts [--no-demo]
//
// Demo logins, all with the password demo-password-2026:
//   seeker@demo.ijc.id            job seeker in Kota Bandung with a filled profile
//   employer@demo.ijc.id          member of a verified Bandung company with vacancies and applicants
//   officer.bandung@demo.ijc.id   city officer (ULD) for Kota Bandung, 32.73
//   officer.surabaya@demo.ijc.id  city officer (ULD) for Kota Surabaya, 35.78
//   admin@demo.ijc.id             administrator
// The list is exported as DEMO_LOGINS from lib/seed/demo-logins.ts.
import "dotenv/config";

import { createPrismaClient } from "../lib/db/create-client";
import { seedDatabase } from "../lib/seed";

const USAGE = "Usage: npx tsx prisma/seed.ts [--no-demo]\n  --no-demo  load the reference data only, without demo users, companies and vacancies";

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((arg) => arg !== "--no-demo");
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(" ")}.\n${USAGE}`);
    process.exitCode = 2;
    return;
  }

  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("DATABASE_URL is missing. Set it to the connection string of the PostgreSQL database to seed.");
    process.exitCode = 2;
    return;
  }

  const demo = !args.includes("--no-demo");
  // One connection is enough because the seed sends its queries one after another, and it is all
  // that the embedded PGlite server accepts.
  const prisma = createPrismaClient({ connectionString, maxConnections: 1 });
  const started = performance.now();
  try {
    const { results, counts } = await seedDatabase(prisma, { demo });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);

    for (const result of results) {
      if (result.stale.length > 0) {
        console.warn(
          `${result.table}: ${result.stale.length} rows are no longer in the reference files and were kept: ${result.stale.slice(0, 10).join(", ")}`,
        );
      }
    }
    const created = results.reduce((sum, result) => sum + result.created, 0);
    const updated = results.reduce((sum, result) => sum + result.updated, 0);

    console.log(`Seed finished in ${seconds} s (${demo ? "reference and demo data" : "reference data only"}): ${created} rows written, ${updated} updated.`);
    const width = Math.max(...Object.keys(counts).map((table) => table.length));
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(width)}  ${count}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seed failed:", error);
  process.exitCode = 1;
});
