// Prisma CLI configuration. Prisma 7 does not read .env itself, and migrations are applied by
// lib/db/migrate.ts (the CLI's schema engine cannot be downloaded on every host), so the URL here
// only matters for `prisma migrate deploy|status` on a host that has the engine.
import "dotenv/config";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
