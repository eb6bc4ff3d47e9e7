import type { SeekerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import { consentAuditEntry } from "./consent";
import { requireSeekerId } from "./profile-owner";
import type { DisabilityStepInput } from "./schemas";

// Saves the disability types (ragam disabilitas, UU No. 8/2016 Pasal 4). They are sensitive data,
// so they are stored only with consent, which this step can also give. An empty list is valid.
export async function saveDisabilityStep(options: {
  db: Database;
  actor: SeekerActor;
  input: DisabilityStepInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = options;
  const seekerId = requireSeekerId(actor);

  const profile = await db.seekerProfile.findUniqueOrThrow({ where: { id: seekerId }, select: { consentedAt: true } });
  const giving = input.consent && !profile.consentedAt;
  if (input.disabilityTypes.length > 0 && !profile.consentedAt && !giving) {
    throw new AppError("invalid_input", "seeker.errors.consentRequired", "disability types sent without consent", "consent");
  }

  // The profile and the consent record change together, so consent is never stored without its audit entry.
  await db.$transaction([
    db.seekerProfile.update({
      where: { id: seekerId },
      data: { disabilityTypes: input.disabilityTypes, ...(giving ? { consentedAt: now } : {}) },
    }),
    ...(giving ? [consentAuditEntry(db, { userId: actor.userId, seekerId, change: "given" })] : []),
  ]);
}
