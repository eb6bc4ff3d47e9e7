import { mkdir } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export type StartEmbeddedDatabaseOptions = {
  // Folder for the data files; undefined keeps everything in memory (tests).
  dataDir?: string;
  port: number;
};

// Serves an embedded PGlite (PostgreSQL compiled to WebAssembly) on 127.0.0.1, so the app talks to
// it through the same pg driver and Prisma adapter as to a real server. PGlite is single-session:
// queries from two open connections interleave and break each other's transactions, so every
// client uses a pool of one and only one client works at a time.
export async function startEmbeddedDatabase(options: StartEmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });

  const db = await PGlite.create(options.dataDir);
  // A pool that drops a broken connection opens a new one while the server still counts the old
  // socket. With one slot that reconnect was rejected, so spare slots absorb that moment.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port, maxConnections: 4 });
  await server.start();

  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
