import { localDate } from "@/lib/applications/deadline";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TimeZone, type HoursType, type PlaceScope, type WorkMode } from "@/lib/generated/prisma/enums";

// Open vacancies whose deadline has not passed in their own city's zone: the deadline date must
// be today or later, where "today" is the local date in WIB, WITA or WIT. Applying is allowed
// until the end of the deadline day, the same rule as isDeadlinePassed.
export function openVacancyWhere(now: Date): Prisma.VacancyWhereInput {
  return {
    status: "open",
    OR: Object.values(TimeZone).map((zone) => ({
      city: { province: { timeZone: zone } },
      deadline: { gte: localDate(zone, now) },
    })),
  };
}

type SeekerPreferences = {
  cityCode: string;
  provinceCode: string;
  workModes: readonly WorkMode[];
  hoursTypes: readonly HoursType[];
  placeScope: PlaceScope;
};

// The seeker's hard filters as a query, mirroring the matching library's exclusions: accepted
// work modes and hours (an empty list accepts all), and place scope, which remote work always meets.
export function seekerPreferencesWhere(seeker: SeekerPreferences): Prisma.VacancyWhereInput {
  const conditions: Prisma.VacancyWhereInput[] = [];
  if (seeker.workModes.length > 0) {
    conditions.push({ workMode: { in: [...seeker.workModes] } });
  }
  if (seeker.hoursTypes.length > 0) {
    conditions.push({ hoursType: { in: [...seeker.hoursTypes] } });
  }
  if (seeker.placeScope === "city") {
    conditions.push({ OR: [{ workMode: "remote" }, { cityCode: seeker.cityCode }] });
  } else if (seeker.placeScope === "province") {
    conditions.push({ OR: [{ workMode: "remote" }, { city: { provinceCode: seeker.provinceCode } }] });
  }
  return { AND: conditions };
}
