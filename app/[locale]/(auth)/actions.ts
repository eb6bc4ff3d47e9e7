"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";

import { getActor } from "@/lib/auth/actor";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { endSessions } from "@/lib/auth/end-sessions";
import { registerUser } from "@/lib/auth/register-user";
import { loginInputSchema, registrationInputSchema } from "@/lib/auth/schemas";
import { clearSession, issueSession } from "@/lib/auth/session-cookie";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { getPrisma } from "@/lib/db/prisma";
import { isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logging/logger";
import type { FormState } from "@/lib/forms/form-state";
import { appErrorState, errorState, parseForm } from "@/lib/forms/parse-form";

const homeByRole: Record<SessionClaims["role"], string> = {
  seeker: "/seeker/vacancies",
  employer: "/employer",
  city_officer: "/office",
  admin: "/office",
};

export async function loginAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(loginInputSchema, formData);
  if (!parsed.ok) return parsed.state;

  const result = await authenticateWithPassword(parsed.data);
  if (!result.ok) {
    logger.info({ route: "auth.login", reason: result.reason }, "sign-in rejected");
    const key = result.reason === "rate_limited" ? "auth.errors.rateLimited" : "auth.errors.invalidCredentials";
    return errorState(parsed.values, { field: "email", key });
  }

  await issueSession(result.claims);
  const locale = await getLocale();
  redirect(`/${locale}${homeByRole[result.claims.role]}`);
}

export async function registerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await parseForm(registrationInputSchema, formData);
  if (!parsed.ok) return parsed.state;

  const requestHeaders = await headers();
  const clientKey = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";

  let claims: SessionClaims;
  try {
    claims = await registerUser({ input: parsed.data, clientKey });
  } catch (error) {
    if (isAppError(error)) return appErrorState(error, parsed.values, "auth.register");
    throw error;
  }

  await issueSession(claims);
  const locale = await getLocale();
  redirect(`/${locale}${claims.role === "seeker" ? "/seeker/profile" : "/employer/company"}`);
}

// Signing out ends the session on every device, because an office computer may be shared and a
// copied cookie must stop working too.
export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await endSessions({ db: getPrisma(), userId: actor.userId });
  await clearSession();
  const locale = await getLocale();
  redirect(`/${locale}`);
}
