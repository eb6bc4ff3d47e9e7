import type { SeekerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import { requireSeekerId } from "./profile-owner";
import type { SkillsStepInput } from "./schemas";

// Replaces the seeker's skills with the posted list.
export async function saveSkillsStep(options: { db: Database; actor: SeekerActor; input: SkillsStepInput }): Promise<void> {
  const { db, actor, input } = options;
  const seekerId = requireSeekerId(actor);

  const skillIds = [...new Set(input.skills.map((skill) => skill.skillId))];
  const known = await db.skill.count({ where: { id: { in: skillIds } } });
  if (known !== skillIds.length) {
    throw new AppError("invalid_input", "common.errors.invalidValue", `unknown skill id among ${skillIds.join(", ")}`);
  }

  // Delete and insert together, so a failed insert never leaves the seeker without skills.
  await db.$transaction([
    db.seekerSkill.deleteMany({ where: { seekerId } }),
    db.seekerSkill.createMany({ data: input.skills.map((skill) => ({ seekerId, skillId: skill.skillId, level: skill.level })) }),
  ]);
}
