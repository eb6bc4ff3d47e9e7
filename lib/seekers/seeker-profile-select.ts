import type { Prisma } from "@/lib/generated/prisma/client";

// Scalar columns of a seeker profile that the seeker's own profile pages and the city officer's
// record both read: the work preferences, the disability types, the disclosure choices and the
// consent time.
export const seekerProfileFieldsSelect = {
  id: true,
  fullName: true,
  education: true,
  experienceYears: true,
  placeScope: true,
  workModes: true,
  hoursTypes: true,
  summary: true,
  disabilityTypes: true,
  showDisabilityTypes: true,
  showFunctioning: true,
  showAccommodationNeeds: true,
  consentedAt: true,
} as const satisfies Prisma.SeekerProfileSelect;
