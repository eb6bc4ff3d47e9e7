import type { SeekerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import { consentAuditEntry } from "./consent";
import { requireSeekerId } from "./profile-owner";
import type { FunctioningStepInput } from "./schemas";

// Saves the Washington Group answers. Every domain is optional: an unanswered domain has no row
// and matching treats it as unknown. The answers are sensitive data, stored only with consent.
export async function saveFunctioningStep(options: {
  db: Database;
  actor: SeekerActor;
  input: FunctioningStepInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = options;
  const seekerId = requireSeekerId(actor);

  const domainIds = new Set(input.answers.map((answer) => answer.domainId));
  const known = await db.functioningDomain.count({ where: { id: { in: [...domainIds] } } });
  if (known !== domainIds.size || domainIds.size !== input.answers.length) {
    throw new AppError("invalid_input", "common.errors.invalidValue", "unknown or repeated functioning domain");
  }

  const profile = await db.seekerProfile.findUniqueOrThrow({ where: { id: seekerId }, select: { consentedAt: true } });
  const giving = input.consent && !profile.consentedAt;
  if (input.answers.length > 0 && !profile.consentedAt && !giving) {
    throw new AppError("invalid_input", "seeker.errors.consentRequired", "functioning answers sent without consent", "consent");
  }

  // Answers are replaced as a whole, together with any consent given on this page.
  await db.$transaction([
    db.seekerFunctioning.deleteMany({ where: { seekerId } }),
    db.seekerFunctioning.createMany({
      data: input.answers.map((answer) => ({ seekerId, domainId: answer.domainId, level: answer.level })),
    }),
    ...(giving
      ? [
          db.seekerProfile.update({ where: { id: seekerId }, data: { consentedAt: now } }),
          consentAuditEntry(db, { userId: actor.userId, seekerId, change: "given" }),
        ]
      : []),
  ]);
}
