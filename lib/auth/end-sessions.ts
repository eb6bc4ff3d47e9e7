import type { Database } from "../db/create-client";

// Ends every session of the user, on every device: cookies carry the version they were issued
// with, and getActor rejects an older one.
export async function endSessions(options: { db: Pick<Database, "user">; userId: string }): Promise<void> {
  await options.db.user.update({
    where: { id: options.userId },
    data: { sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}
