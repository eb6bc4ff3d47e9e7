import type { SeekerProfileDetails } from "./get-seeker-profile";

// The profile journey, one topic per page. "about" must come first: it creates the profile.
export const PROFILE_STEPS = ["about", "skills", "disability", "functioning", "accommodations", "disclosure"] as const;
export type ProfileStep = (typeof PROFILE_STEPS)[number];

export function nextStep(step: ProfileStep): ProfileStep | null {
  const index = PROFILE_STEPS.indexOf(step);
  return PROFILE_STEPS[index + 1] ?? null;
}

export function profileStepPath(step: ProfileStep): string {
  return `/seeker/profile/${step}`;
}

// State of each step in the overview checklist. Optional steps without an answer read as
// "not answered", because an empty answer ("none", "prefer not to say") is not stored apart.
export type StepState =
  | { step: ProfileStep; state: "notStarted" }
  | { step: ProfileStep; state: "completed" }
  | { step: ProfileStep; state: "count"; count: number; total?: number }
  | { step: ProfileStep; state: "notAnswered" }
  | { step: ProfileStep; state: "consentGiven"; date: Date }
  | { step: ProfileStep; state: "consentNotGiven" };

export function profileStepStates(profile: SeekerProfileDetails | null, domainCount: number): StepState[] {
  if (!profile) {
    return PROFILE_STEPS.map((step) => ({ step, state: "notStarted" }));
  }
  const counted = (step: ProfileStep, count: number, total?: number): StepState =>
    count > 0 ? { step, state: "count", count, total } : { step, state: "notAnswered" };

  return [
    { step: "about", state: "completed" },
    counted("skills", profile.skills.length),
    counted("disability", profile.disabilityTypes.length),
    counted("functioning", profile.functioning.length, domainCount),
    counted("accommodations", profile.accommodationIds.length),
    profile.consentedAt
      ? { step: "disclosure", state: "consentGiven", date: profile.consentedAt }
      : { step: "disclosure", state: "consentNotGiven" },
  ];
}
