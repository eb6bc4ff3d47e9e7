import "server-only";

import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { cache } from "react";

import { getPrisma } from "../db/prisma";
import type { Role } from "../generated/prisma/enums";
import { getAuthOptions } from "./options";
import type { SessionClaims } from "./session-claims";

export type SeekerActor = { role: "seeker"; userId: string; name: string; seekerId: string | null };
export type EmployerActor = { role: "employer"; userId: string; name: string; companyId: string | null };
export type CityOfficerActor = { role: "city_officer"; userId: string; name: string; cityCode: string };
export type AdminActor = { role: "admin"; userId: string; name: string };
export type Actor = SeekerActor | EmployerActor | CityOfficerActor | AdminActor;

// Reads the session cookie and reloads the user, so a deleted user or a changed membership counts
// at once. Cached per request: layouts and pages share one lookup.
export const getActor = cache(async (): Promise<Actor | null> => {
  // Reading cookies first marks the page dynamic, so a build never tries to prerender it (and
  // never needs the runtime secret or the database).
  await cookies();
  const session = await getServerSession(getAuthOptions());
  const claims = session?.user as SessionClaims | undefined;
  if (!claims?.sub) return null;

  const user = await getPrisma().user.findUnique({
    where: { id: claims.sub },
    select: {
      id: true,
      role: true,
      name: true,
      cityCode: true,
      sessionVersion: true,
      membership: { select: { companyId: true } },
      seekerProfile: { select: { id: true } },
    },
  });
  // A cookie from before the last sign-out is dead even if someone kept a copy of it.
  if (!user || user.sessionVersion !== (claims.sessionVersion ?? 0)) return null;

  switch (user.role) {
    case "seeker":
      return { role: "seeker", userId: user.id, name: user.name, seekerId: user.seekerProfile?.id ?? null };
    case "employer":
      return { role: "employer", userId: user.id, name: user.name, companyId: user.membership?.companyId ?? null };
    case "city_officer":
      // An officer without a city has no scope at all; treat the account as signed out.
      return user.cityCode ? { role: "city_officer", userId: user.id, name: user.name, cityCode: user.cityCode } : null;
    case "admin":
      return { role: "admin", userId: user.id, name: user.name };
  }
});

async function requireRole<R extends Role>(role: R): Promise<Extract<Actor, { role: R }>> {
  const actor = await getActor();
  if (!actor) {
    const locale = await getLocale();
    redirect(`/${locale}/login`);
  }
  // Another role's page reads as missing rather than forbidden, so it reveals nothing.
  if (actor.role !== role) notFound();
  return actor as Extract<Actor, { role: R }>;
}

// One guard per role, called by every page, server action and route handler of that role.
export const requireSeeker = () => requireRole("seeker");
export const requireEmployer = () => requireRole("employer");
export const requireCityOfficer = () => requireRole("city_officer");
export const requireAdmin = () => requireRole("admin");
