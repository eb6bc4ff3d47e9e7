import { hashPassword, verifyPassword } from "../../auth/password";
import type { Database } from "../../db/create-client";
import { DEMO_PASSWORD } from "../demo-logins";

// Returns the argon2 hash that all demo users share. A run that finds every demo user already on
// one hash of the demo password keeps it, so re-running the seed neither rehashes (argon2 is slow
// by design) nor rewrites 45 user rows. Any other case gets a fresh hash, which resets the demo
// users' passwords to the demo password.
export async function resolveDemoPasswordHash(db: Pick<Database, "user">, emails: string[]): Promise<string> {
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { passwordHash: true } });
  const hashes = new Set(users.map((user) => user.passwordHash));

  if (users.length === emails.length && hashes.size === 1) {
    const [existing] = hashes;
    if (await verifyPassword(existing, DEMO_PASSWORD)) return existing;
  }
  return hashPassword(DEMO_PASSWORD);
}
