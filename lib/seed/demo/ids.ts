import { createHash } from "node:crypto";

// A stable id for a demo row, derived from its kind and natural key, so re-running the seed finds
// the row again. The shape matches a cuid (a "c" and 24 lower-case base-36 characters), like the
// ids Prisma generates for the same columns.
export function demoId(kind: string, key: string): string {
  const digest = createHash("sha256").update(`ijc-demo:${kind}:${key}`).digest();
  let body = "";
  for (let index = 0; body.length < 24; index += 1) {
    body += (digest[index] % 36).toString(36);
  }
  return `c${body}`;
}
