import "server-only";

import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";

import { getEnv } from "../env";
import { SESSION_MAX_AGE_SECONDS, secureCookiesEnabled, sessionCookieName } from "./options";
import type { SessionClaims } from "./session-claims";

// Writes the same signed cookie next-auth writes after its own sign-in, so getServerSession reads it.
export async function issueSession(claims: SessionClaims): Promise<void> {
  const token = await encode({
    token: { ...claims },
    secret: getEnv().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const store = await cookies();
  store.set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookiesEnabled(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function clearSession(): Promise<void> {
  const store = await cookies();
  store.delete(sessionCookieName());
}
