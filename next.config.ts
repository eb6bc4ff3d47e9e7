import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // argon2 is a native addon and pino spawns workers; both must load from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "pino"],
  poweredByHeader: false,
  // Keep `next dev` from writing AGENTS.md into the repository.
  agentRules: false,
  // Lets several checkouts or developers build side by side without sharing one output folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm run typecheck` runs tsc over the whole project; the start script skips the duplicate check.
  typescript: { ignoreBuildErrors: process.env.IJC_SKIP_TYPECHECK === "1" },
};

export default withNextIntl(nextConfig);
