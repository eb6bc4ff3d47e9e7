// `npm start`: runs the portal with zero setup. Without DATABASE_URL it serves an embedded
// PostgreSQL (PGlite) whose files live in .data/pglite and survive restarts; with DATABASE_URL it
// uses that server through the same driver. Then it migrates, seeds, builds if needed and starts.
import "dotenv/config";

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";

import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/embedded";
import { EnvError, parseEnv } from "../env";
import { buildIfStale } from "./build-if-stale";
import { prepareDatabase } from "./prepare-database";
import { startBackground, stopProcess } from "./processes";
import { parseStartOptions } from "./start-options";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".data");

// A generated secret is kept beside the embedded data, so sessions survive a restart.
function localSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main(): Promise<void> {
  const options = parseStartOptions(process.env);
  const host = options.HOST;
  const port = options.PORT;
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  let embedded: EmbeddedDatabase | undefined;
  if (!env.DATABASE_URL) {
    const dbPort = options.EMBEDDED_DB_PORT;
    const pgliteDir = env.PGLITE_DIR || path.join(dataDir, "pglite");
    embedded = await startEmbeddedDatabase({ dataDir: pgliteDir, port: dbPort });
    console.log(`Embedded PostgreSQL (PGlite) on 127.0.0.1:${dbPort}, data in ${path.relative(root, pgliteDir) || pgliteDir}`);
    env.DATABASE_URL = embedded.url;
    // PGlite serves one connection at a time.
    env.DB_POOL_MAX = "1";
    env.NEXTAUTH_SECRET ||= localSecret();
  }
  // A wildcard address is not a URL a browser can open; an IPv6 address needs brackets.
  const urlHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : isIP(host) === 6 ? `[${host}]` : host;
  env.NEXTAUTH_URL ||= `http://${urlHost}:${port}`;

  const config = parseEnv(env);
  await prepareDatabase({ connectionString: config.DATABASE_URL, maxConnections: 1, demo: options.SEED_DEMO === "1" });
  await buildIfStale({ root, distDir: env.NEXT_DIST_DIR || ".next", env, force: env.IJC_REBUILD === "1" });

  const next = startBackground(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", host, "-p", String(port)], {
    env,
    cwd: root,
  });
  console.log(`Portal starting on ${env.NEXTAUTH_URL}/id (demo logins are listed in README.md)`);

  const shutdown = async () => {
    await stopProcess(next);
    await embedded?.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  next.once("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) {
    console.error(error.message);
  } else {
    console.error("Start failed:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
