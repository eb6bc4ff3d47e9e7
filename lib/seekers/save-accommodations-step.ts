import type { SeekerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import { requireSeekerId } from "./profile-owner";
import type { AccommodationsStepInput } from "./schemas";

// Replaces the seeker's accommodation needs with the posted list; an empty list is valid.
export async function saveAccommodationsStep(options: {
  db: Database;
  actor: SeekerActor;
  input: AccommodationsStepInput;
}): Promise<void> {
  const { db, actor, input } = options;
  const seekerId = requireSeekerId(actor);

  const accommodationIds = [...new Set(input.accommodationIds)];
  const known = await db.accommodation.count({ where: { id: { in: accommodationIds } } });
  if (known !== accommodationIds.length) {
    throw new AppError("invalid_input", "common.errors.invalidValue", `unknown accommodation id among ${accommodationIds.join(", ")}`);
  }

  // Delete and insert together, so a failed insert never loses the previous needs.
  await db.$transaction([
    db.seekerAccommodationNeed.deleteMany({ where: { seekerId } }),
    db.seekerAccommodationNeed.createMany({ data: accommodationIds.map((accommodationId) => ({ seekerId, accommodationId })) }),
  ]);
}
