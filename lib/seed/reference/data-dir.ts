import { fileURLToPath } from "node:url";

// prisma/data, found from this file's location so the seed works from any working directory.
export function defaultDataDir(): string {
  return fileURLToPath(new URL("../../../prisma/data/", import.meta.url));
}
