import type { SeekerActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";

// Steps after "about you" edit an existing profile. The actor's own profile id scopes every write.
export function requireSeekerId(actor: SeekerActor): string {
  if (!actor.seekerId) {
    throw new AppError("invalid_state", "seeker.errors.profileMissing", `user ${actor.userId} has no seeker profile yet`);
  }
  return actor.seekerId;
}
