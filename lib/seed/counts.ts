import type { Database } from "../db/create-client";

// Row counts of every table, read one after another because the embedded PGlite server serves a
// single connection.
export async function countRows(prisma: Database): Promise<Record<string, number>> {
  const counters: [string, () => Promise<number>][] = [
    ["Province", () => prisma.province.count()],
    ["City", () => prisma.city.count()],
    ["Occupation", () => prisma.occupation.count()],
    ["Skill", () => prisma.skill.count()],
    ["FunctioningDomain", () => prisma.functioningDomain.count()],
    ["Accommodation", () => prisma.accommodation.count()],
    ["AccommodationDomain", () => prisma.accommodationDomain.count()],
    ["User", () => prisma.user.count()],
    ["SeekerProfile", () => prisma.seekerProfile.count()],
    ["SeekerSkill", () => prisma.seekerSkill.count()],
    ["SeekerFunctioning", () => prisma.seekerFunctioning.count()],
    ["SeekerAccommodationNeed", () => prisma.seekerAccommodationNeed.count()],
    ["Company", () => prisma.company.count()],
    ["CompanyMember", () => prisma.companyMember.count()],
    ["CompanyAccessFeature", () => prisma.companyAccessFeature.count()],
    ["Vacancy", () => prisma.vacancy.count()],
    ["VacancySkill", () => prisma.vacancySkill.count()],
    ["JobFunction", () => prisma.jobFunction.count()],
    ["JobFunctionDemand", () => prisma.jobFunctionDemand.count()],
    ["VacancyAccommodation", () => prisma.vacancyAccommodation.count()],
    ["Application", () => prisma.application.count()],
    ["ApplicationStatusChange", () => prisma.applicationStatusChange.count()],
    ["AuditLog", () => prisma.auditLog.count()],
    ["RateLimitBucket", () => prisma.rateLimitBucket.count()],
  ];

  const counts: Record<string, number> = {};
  for (const [table, count] of counters) counts[table] = await count();
  return counts;
}
