import { readFile } from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import type { Locale } from "@/lib/i18n/routing";

// One entry of prisma/data/attributions.json, written with the reference data it describes. Each
// text the page shows comes in Indonesian (`…Id`) and English (`…En`).
const attributionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  licenceId: z.string().min(1),
  licenceEn: z.string().min(1),
  attributionId: z.string().min(1),
  attributionEn: z.string().min(1),
  url: z.url().optional(),
});

export type Attribution = z.infer<typeof attributionSchema>;

export type LocalizedAttribution = { id: string; name: string; licence: string; attribution: string; url?: string };

// Read at request time from the working directory, which `next start` and `next dev` run in.
// NOTE: a standalone build must copy prisma/data/attributions.json next to the server.
export async function loadAttributions(options: { locale: Locale }): Promise<LocalizedAttribution[]> {
  const file = path.join(process.cwd(), "prisma", "data", "attributions.json");
  const entries = z.array(attributionSchema).parse(JSON.parse(await readFile(file, "utf8")));
  const english = options.locale === "en";
  return entries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    licence: english ? entry.licenceEn : entry.licenceId,
    attribution: english ? entry.attributionEn : entry.attributionId,
    url: entry.url,
  }));
}
