import type { CityOfficerActor } from "../auth/actor";
import type { Database } from "../db/create-client";
import { calendarDateInZone } from "./time-zones";

export type CityPlacement = {
  applicationId: string;
  seekerId: string;
  seekerName: string;
  vacancyId: string;
  vacancyTitle: string;
  companyId: string;
  companyName: string;
  occupationCode: string;
  occupationTitleId: string;
  occupationTitleEn: string;
  // When the application moved to hired, from its status history; null if that row is missing.
  hiredAt: Date | null;
  // The same moment as a calendar date in the city's zone (midnight UTC), or null.
  hiredOn: Date | null;
};

export type ListCityPlacementsOptions = {
  db: Database;
  actor: CityOfficerActor;
  // IANA zone of the officer's city, which decides the calendar day of each hire.
  ianaZone: string;
  // Keep only the most recent hires.
  limit?: number;
};

// Lists placements in the officer's city, newest hire first. A placement is an application with
// status hired, and it belongs to the city of its vacancy (Vacancy.cityCode), not of the seeker.
// NOTE: loads every placement of the city before sorting by hire date, because the hire date
// sits in the status history. That is fine for one city's hundreds of placements, not for
// tens of thousands; page in SQL if it grows that far.
export async function listCityPlacements(options: ListCityPlacementsOptions): Promise<CityPlacement[]> {
  const applications = await options.db.application.findMany({
    where: { status: "hired", vacancy: { cityCode: options.actor.cityCode } },
    select: {
      id: true,
      seeker: { select: { id: true, fullName: true } },
      vacancy: {
        select: {
          id: true,
          title: true,
          company: { select: { id: true, name: true } },
          occupation: { select: { code: true, titleId: true, titleEn: true } },
        },
      },
      // The latest move to hired, in case an application was hired, changed, and hired again.
      history: { where: { toStatus: "hired" }, orderBy: { changedAt: "desc" }, take: 1, select: { changedAt: true } },
    },
  });

  const placements = applications.map((application): CityPlacement => {
    const hiredAt = application.history[0]?.changedAt ?? null;
    return {
      applicationId: application.id,
      seekerId: application.seeker.id,
      seekerName: application.seeker.fullName,
      vacancyId: application.vacancy.id,
      vacancyTitle: application.vacancy.title,
      companyId: application.vacancy.company.id,
      companyName: application.vacancy.company.name,
      occupationCode: application.vacancy.occupation.code,
      occupationTitleId: application.vacancy.occupation.titleId,
      occupationTitleEn: application.vacancy.occupation.titleEn,
      hiredAt,
      hiredOn: hiredAt ? calendarDateInZone(hiredAt, options.ianaZone) : null,
    };
  });

  placements.sort(compareNewestHireFirst);
  return options.limit === undefined ? placements : placements.slice(0, options.limit);
}

// Newest hire first; a placement without a recorded hire goes last; ties keep a stable id order.
function compareNewestHireFirst(a: CityPlacement, b: CityPlacement): number {
  const aTime = a.hiredAt?.getTime() ?? -Infinity;
  const bTime = b.hiredAt?.getTime() ?? -Infinity;
  if (aTime !== bTime) return bTime - aTime;
  return a.applicationId.localeCompare(b.applicationId);
}
