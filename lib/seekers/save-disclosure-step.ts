import type { SeekerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";

import { consentAuditEntry, consentChange } from "./consent";
import { requireSeekerId } from "./profile-owner";
import type { DisclosureStepInput } from "./schemas";

// Saves what employers may see and the consent to process sensitive data for matching.
// Withdrawing consent deletes the disability types and functioning answers, because without
// consent the portal has no basis to keep them (UU No. 27/2022 Pasal 20 to 24).
export async function saveDisclosureStep(options: {
  db: Database;
  actor: SeekerActor;
  input: DisclosureStepInput;
  now: Date;
}): Promise<{ consent: "given" | "withdrawn" | "unchanged" }> {
  const { db, actor, input, now } = options;
  const seekerId = requireSeekerId(actor);

  const profile = await db.seekerProfile.findUniqueOrThrow({ where: { id: seekerId }, select: { consentedAt: true } });
  const change = consentChange(profile.consentedAt, input.consent);

  const choices = {
    showDisabilityTypes: input.showDisabilityTypes,
    showFunctioning: input.showFunctioning,
    showAccommodationNeeds: input.showAccommodationNeeds,
  };

  // Choices, consent, the deletion on withdrawal and the audit entry succeed or fail together.
  await db.$transaction([
    db.seekerProfile.update({
      where: { id: seekerId },
      data: {
        ...choices,
        ...(change === "given" ? { consentedAt: now } : {}),
        ...(change === "withdrawn" ? { consentedAt: null, disabilityTypes: [] } : {}),
      },
    }),
    ...(change === "withdrawn" ? [db.seekerFunctioning.deleteMany({ where: { seekerId } })] : []),
    ...(change === "unchanged" ? [] : [consentAuditEntry(db, { userId: actor.userId, seekerId, change })]),
  ]);

  return { consent: change };
}
