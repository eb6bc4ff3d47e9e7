import type { Locale } from "./routing";

// One catalog file per namespace and locale, so each role's screens and forms are edited apart.
export const namespaces = [
  "common",
  "auth",
  "home",
  "seeker",
  "employer",
  "office",
  "vacancies",
  "applications",
  "matching",
  "reference",
  "about",
] as const;

export type Namespace = (typeof namespaces)[number];

type Catalog = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Record<Namespace, Catalog>> {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => {
      const catalog = (await import(`./messages/${locale}/${namespace}.json`)) as { default: Catalog };
      return [namespace, catalog.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Namespace, Catalog>;
}
