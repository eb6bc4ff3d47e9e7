// `npm test`: unit and integration tests (Vitest), then end-to-end tests (Playwright) against a
// production build on a fresh database. Uses DATABASE_URL when set (it must be local), otherwise an
// in-memory embedded PostgreSQL, so the same command works on a machine with no database server.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";

import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/embedded";
import { quoteIdentifier } from "../db/migrate";
import { requireLocalDatabaseUrl } from "../db/require-local-database-url";
import { buildIfStale } from "./build-if-stale";
import { prepareDatabase } from "./prepare-database";
import { findFreePort, run, startBackground, stopProcess, waitForHttp } from "./processes";
import { addCounts, formatCounts, noCounts, readPlaywrightCounts, readVitestCounts, type TestCounts } from "./test-counts";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (relative: string) => path.join(root, "node_modules", relative);
const reportDir = mkdtempSync(path.join(tmpdir(), "ijc-test-reports-"));

type Suite = "unit" | "e2e";

function selectedSuites(): Set<Suite> {
  const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  if (only === "unit" || only === "e2e") return new Set([only]);
  if (only !== undefined) throw new Error(`--only must be "unit" or "e2e", got "${only}"`);
  return new Set(["unit", "e2e"]);
}

async function startEmbedded(): Promise<EmbeddedDatabase> {
  return startEmbeddedDatabase({ port: await findFreePort() });
}

async function runVitest(env: NodeJS.ProcessEnv): Promise<TestCounts> {
  console.log("\n== Unit and integration tests (Vitest) ==");
  const report = path.join(reportDir, "vitest.json");
  const code = await run(
    process.execPath,
    [bin("vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    { env, cwd: root },
  );
  const counts = readVitestCounts(report);
  // A crash outside any test still fails the run.
  return code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

// A fresh database for the end-to-end run: a new database on the local server, or a new embedded instance.
async function createE2eDatabase(baseUrl: string | undefined): Promise<{ url: string; dispose: () => Promise<void> }> {
  if (!baseUrl) {
    const embedded = await startEmbedded();
    return { url: embedded.url, dispose: embedded.stop };
  }

  const name = `ijc_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  await admin.end();

  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dispose: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function runE2e(baseEnv: NodeJS.ProcessEnv, embeddedMode: boolean): Promise<TestCounts> {
  console.log("\n== End-to-end tests (Playwright) ==");
  const database = await createE2eDatabase(embeddedMode ? undefined : baseEnv.DATABASE_URL);
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    DATABASE_URL: database.url,
    DB_POOL_MAX: embeddedMode ? "1" : "5",
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    E2E_BASE_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: "warn",
  };

  try {
    await prepareDatabase({ connectionString: database.url, maxConnections: 1, demo: true });
    await buildIfStale({ root, distDir: env.NEXT_DIST_DIR || ".next", env });

    const server = startBackground(process.execPath, [bin("next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], { env, cwd: root });
    try {
      await waitForHttp(`${env.E2E_BASE_URL}/id`, 60_000, server);
      const report = path.join(reportDir, "playwright.json");
      const code = await run(process.execPath, [bin("@playwright/test/cli.js"), "test", "--reporter=list,json"], {
        env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: report },
        cwd: root,
      });
      const counts = readPlaywrightCounts(report);
      return code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
    } finally {
      await stopProcess(server);
    }
  } finally {
    await database.dispose();
  }
}

async function main(): Promise<number> {
  const suites = selectedSuites();
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const embeddedMode = !env.DATABASE_URL;

  let embedded: EmbeddedDatabase | undefined;
  if (embeddedMode) {
    embedded = await startEmbedded();
    env.DATABASE_URL = embedded.url;
    env.IJC_EMBEDDED_DB = "1";
    console.log("DATABASE_URL is not set: testing on an embedded PostgreSQL (PGlite).");
  } else {
    requireLocalDatabaseUrl(env.DATABASE_URL);
    console.log(`Testing on ${new URL(env.DATABASE_URL!).host}.`);
  }

  let vitest = noCounts;
  try {
    if (suites.has("unit")) vitest = await runVitest(env);
  } finally {
    await embedded?.stop();
  }
  const playwright = suites.has("e2e") ? await runE2e(env, embeddedMode) : noCounts;

  // Plain closing lines in the "N passed, N failed" form that CI systems read.
  const total = addCounts(vitest, playwright);
  console.log(`\nvitest: ${formatCounts(vitest)}`);
  console.log(`playwright: ${formatCounts(playwright)}`);
  console.log(`total: ${formatCounts(total)}`);
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Test run failed:", error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
