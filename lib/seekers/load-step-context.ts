import "server-only";

import { redirect } from "next/navigation";

import { requireSeeker, type SeekerActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/routing";

import { getSeekerProfile, type SeekerProfileDetails } from "./get-seeker-profile";

// Guards a profile step page and loads the seeker's profile. Steps after "about" need a profile,
// so without one they send the seeker to "about" first.
export async function loadStepContext(locale: Locale): Promise<{ actor: SeekerActor; profile: SeekerProfileDetails }> {
  const actor = await requireSeeker();
  const profile = await getSeekerProfile({ db: getPrisma(), userId: actor.userId });
  if (!profile) redirect(`/${locale}/seeker/profile/about`);
  return { actor, profile };
}
