import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { getEnv } from "../env";
import { authenticateWithPassword } from "./authenticate";
import type { SessionClaims } from "./session-claims";

// Sessions are signed JWT cookies so every app instance can read them without shared memory.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function secureCookiesEnabled(): boolean {
  return (getEnv().NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return secureCookiesEnabled() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secureCookiesEnabled(),
    pages: { signIn: "/id/login" },
    providers: [
      // The portal's own sign-in form posts to a server action instead (it works without
      // JavaScript); this provider serves next-auth's API for the same credentials.
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const result = await authenticateWithPassword({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
          });
          return result.ok ? { id: result.claims.sub, ...result.claims } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) Object.assign(token, toClaims(user as unknown as SessionClaims));
        return token;
      },
      session({ session, token }) {
        return { ...session, user: toClaims(token as unknown as SessionClaims) };
      },
    },
  };
}

function toClaims(source: SessionClaims): SessionClaims {
  return {
    sub: source.sub,
    role: source.role,
    name: source.name,
    email: source.email,
    companyId: source.companyId ?? null,
    cityCode: source.cityCode ?? null,
    sessionVersion: source.sessionVersion ?? 0,
  };
}
