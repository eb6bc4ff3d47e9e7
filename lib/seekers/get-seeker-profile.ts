import type { Database } from "@/lib/db/create-client";
import type {
  DifficultyLevel,
  DisabilityType,
  EducationLevel,
  HoursType,
  PlaceScope,
  TimeZone,
  WorkMode,
} from "@/lib/generated/prisma/enums";

import { seekerProfileFieldsSelect } from "./seeker-profile-select";

export type SeekerProfileDetails = {
  id: string;
  fullName: string;
  cityCode: string;
  // Zone of the home city, for showing instants such as the consent time.
  timeZone: TimeZone;
  education: EducationLevel;
  experienceYears: number;
  placeScope: PlaceScope;
  workModes: WorkMode[];
  hoursTypes: HoursType[];
  summary: string;
  disabilityTypes: DisabilityType[];
  showDisabilityTypes: boolean;
  showFunctioning: boolean;
  showAccommodationNeeds: boolean;
  consentedAt: Date | null;
  skills: { skillId: string; level: number }[];
  functioning: { domainId: string; level: DifficultyLevel }[];
  accommodationIds: string[];
};

// Returns the signed-in seeker's own profile for the profile steps, or null before the first save.
export async function getSeekerProfile(options: { db: Database; userId: string }): Promise<SeekerProfileDetails | null> {
  const row = await options.db.seekerProfile.findUnique({
    where: { userId: options.userId },
    select: {
      ...seekerProfileFieldsSelect,
      cityCode: true,
      city: { select: { province: { select: { timeZone: true } } } },
      skills: { select: { skillId: true, level: true } },
      functioning: { select: { domainId: true, level: true } },
      accommodationNeeds: { select: { accommodationId: true } },
    },
  });
  if (!row) return null;

  const { accommodationNeeds, city, ...profile } = row;
  return {
    ...profile,
    timeZone: city.province.timeZone,
    accommodationIds: accommodationNeeds.map((need) => need.accommodationId),
  };
}
