import type { Audience, Seeker } from "./types";

/**
 * Returns the seeker as employers may see it: each part the seeker did not disclose is emptied,
 * so hidden functioning becomes unknown and hidden needs and disability types become empty.
 * Skills, education, experience, place and preferences are always visible. The input is not
 * changed, and the seeker itself is returned when everything is disclosed.
 */
export function toEmployerView(seeker: Seeker): Seeker {
  const { disclosure } = seeker;
  if (disclosure.functioning && disclosure.accommodationNeeds && disclosure.disabilityTypes) {
    return seeker;
  }
  return {
    ...seeker,
    functioning: disclosure.functioning ? seeker.functioning : {},
    accommodationNeeds: disclosure.accommodationNeeds ? seeker.accommodationNeeds : [],
    disabilityTypes: disclosure.disabilityTypes ? seeker.disabilityTypes : [],
  };
}

/** Returns the part of the seeker profile that `audience` may use: employers get the disclosed view. */
export function seekerViewFor(seeker: Seeker, audience: Audience): Seeker {
  return audience === "employer" ? toEmployerView(seeker) : seeker;
}
