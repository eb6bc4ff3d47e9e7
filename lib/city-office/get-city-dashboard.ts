import type { CityOfficerActor } from "../auth/actor";
import type { Database } from "../db/create-client";
import { ApplicationStatus } from "../generated/prisma/enums";
import { listCityPlacements, type CityPlacement } from "./list-city-placements";
import { getOfficerCity, type OfficerCity } from "./officer-city";
import { calendarDateInZone } from "./time-zones";

export type CityDashboard = {
  city: OfficerCity;
  counts: { seekers: number; openVacancies: number; applications: number; placements: number };
  // Every status in workflow order, zero where the city has none.
  applicationsByStatus: { status: ApplicationStatus; count: number }[];
  pendingCompanies: { id: string; name: string; createdAt: Date }[];
  pendingCompanyCount: number;
  recentPlacements: CityPlacement[];
};

export type GetCityDashboardOptions = {
  db: Database;
  actor: CityOfficerActor;
  // The current instant; tests pass a fixed one.
  now?: Date;
};

const RECENT_PLACEMENTS = 5;
const PENDING_COMPANIES_SHOWN = 10;

// Loads the dashboard of the officer's city. Every query filters by the officer's city code:
// - A seeker belongs to the city of SeekerProfile.cityCode.
// - A vacancy belongs to Vacancy.cityCode. It is open when its status is open and its deadline
//   (a calendar date) is today or later in the city's zone (WIB, WITA or WIT).
// - An application belongs to the city of its vacancy.
// - A placement is an application with status hired, counted in its vacancy's city.
export async function getCityDashboard(options: GetCityDashboardOptions): Promise<CityDashboard> {
  const { db, actor } = options;
  const cityCode = actor.cityCode;
  const city = await getOfficerCity({ db, actor });
  const today = calendarDateInZone(options.now ?? new Date(), city.ianaZone);

  const [seekers, openVacancies, statusGroups, pendingCompanies, pendingCompanyCount, recentPlacements] = await Promise.all([
    db.seekerProfile.count({ where: { cityCode } }),
    db.vacancy.count({ where: { cityCode, status: "open", deadline: { gte: today } } }),
    db.application.groupBy({ by: ["status"], where: { vacancy: { cityCode } }, _count: { _all: true } }),
    db.company.findMany({
      where: { cityCode, verificationStatus: "pending" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PENDING_COMPANIES_SHOWN,
      select: { id: true, name: true, createdAt: true },
    }),
    db.company.count({ where: { cityCode, verificationStatus: "pending" } }),
    listCityPlacements({ db, actor, ianaZone: city.ianaZone, limit: RECENT_PLACEMENTS }),
  ]);

  const countByStatus = new Map(statusGroups.map((group) => [group.status, group._count._all]));
  const applicationsByStatus = Object.values(ApplicationStatus).map((status) => ({ status, count: countByStatus.get(status) ?? 0 }));
  const applications = applicationsByStatus.reduce((sum, entry) => sum + entry.count, 0);

  return {
    city,
    counts: { seekers, openVacancies, applications, placements: countByStatus.get("hired") ?? 0 },
    applicationsByStatus,
    pendingCompanies,
    pendingCompanyCount,
    recentPlacements,
  };
}
