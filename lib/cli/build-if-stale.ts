import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { run } from "./processes";

const sourceDirs = ["app", "components", "lib", "public", "prisma"];
const sourceFiles = ["next.config.ts", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json"];
// npm install rewrites package-lock.json on every run, so dependencies are compared by content.
const lockFile = "package-lock.json";
const lockHashFile = "ijc-package-lock.sha256";
const skippedDirs = new Set(["node_modules", "generated", "data", "migrations"]);

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.isDirectory() && skippedDirs.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

// Builds the production bundle when there is none or a source file changed since the last build.
export async function buildIfStale(options: { root: string; distDir: string; env: NodeJS.ProcessEnv; force?: boolean }): Promise<void> {
  const buildId = path.join(options.root, options.distDir, "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(
    ...sourceDirs.map((dir) => newestMtime(path.join(options.root, dir))),
    ...sourceFiles.map((file) => newestMtime(path.join(options.root, file))),
  );
  const lockHash = createHash("sha256").update(readFileSync(path.join(options.root, lockFile))).digest("hex");
  const lockHashPath = path.join(options.root, options.distDir, lockHashFile);
  const builtLockHash = existsSync(lockHashPath) ? readFileSync(lockHashPath, "utf8") : "";
  if (!options.force && builtAt > changedAt && builtLockHash === lockHash) return;

  console.log(builtAt ? "Sources changed since the last build; rebuilding." : "Building the portal (first start takes a minute or two).");
  const code = await run(process.execPath, [path.join(options.root, "node_modules/next/dist/bin/next"), "build"], {
    env: options.env,
    cwd: options.root,
  });
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  writeFileSync(lockHashPath, lockHash);
}
