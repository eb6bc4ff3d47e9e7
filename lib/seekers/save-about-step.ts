import type { SeekerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import type { AboutStepInput } from "./schemas";

// Saves step 1. The first save creates the profile, so later steps and matching have a home
// city and an education level to work with. Returns the profile id.
export async function saveAboutStep(options: { db: Database; actor: SeekerActor; input: AboutStepInput }): Promise<string> {
  const { db, actor, input } = options;

  const city = await db.city.findUnique({ where: { code: input.cityCode }, select: { code: true } });
  if (!city) {
    throw new AppError("invalid_input", "seeker.errors.cityRequired", `unknown city code ${input.cityCode}`, "cityCode");
  }

  const data = {
    fullName: input.fullName,
    cityCode: input.cityCode,
    education: input.education,
    experienceYears: input.experienceYears,
    workModes: input.workModes,
    hoursTypes: input.hoursTypes,
    placeScope: input.placeScope,
    summary: input.summary,
  };
  const profile = await db.seekerProfile.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, ...data },
    update: data,
    select: { id: true },
  });
  return profile.id;
}
