const localHosts = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

// Tests create and drop schemas and databases, so they reject any database not on this machine.
export function requireLocalDatabaseUrl(url: string | undefined): string {
  if (!url) {
    throw new Error("DATABASE_URL is missing: run the tests through `npm test`, which provides a database");
  }
  const host = new URL(url).hostname;
  if (!localHosts.has(host)) {
    throw new Error(`Tests only run against a database on this machine; DATABASE_URL points at host "${host}"`);
  }
  return url;
}
