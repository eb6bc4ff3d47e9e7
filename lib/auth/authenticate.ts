import "server-only";

import { getPrisma } from "../db/prisma";
import { checkRateLimit, isRateLimited } from "../rate-limit/check-rate-limit";
import { verifyPassword } from "./password";
import type { SessionClaims } from "./session-claims";

export type AuthenticateResult =
  | { ok: true; claims: SessionClaims }
  | { ok: false; reason: "invalid_credentials" | "rate_limited" };

// A hash of a random password, verified when the e-mail is unknown so both paths take the same time.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$paaDQY17actJeYfwIcLRVg$TQnDq53zcS/WypY49iaRrHzXnzOMeArGbot7MtRnCws";

export async function authenticateWithPassword(input: { email: string; password: string }): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  const prisma = getPrisma();

  // Ten failed tries per address per quarter hour, counted in the database so every instance agrees.
  const limit = { db: prisma, key: `login:${email}`, limit: 10, windowSeconds: 15 * 60 };
  if (await isRateLimited(limit)) return { ok: false, reason: "rate_limited" };

  const user = await prisma.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
    include: { membership: { select: { companyId: true } } },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !valid) {
    await checkRateLimit(limit);
    return { ok: false, reason: "invalid_credentials" };
  }

  return {
    ok: true,
    claims: {
      sub: user.id,
      role: user.role,
      name: user.name,
      email: user.email,
      companyId: user.membership?.companyId ?? null,
      cityCode: user.cityCode,
      sessionVersion: user.sessionVersion,
    },
  };
}
