import type { Database } from "@/lib/db/create-client";

// Returns when the seeker applied to each of the given vacancies, keyed by vacancy id, with one
// query for the whole list. Vacancies without an application of the seeker are missing.
export async function listOwnApplicationDates(options: { db: Database; seekerId: string; vacancyIds: string[] }): Promise<Map<string, Date>> {
  const { db, seekerId, vacancyIds } = options;
  if (vacancyIds.length === 0) return new Map();

  const applications = await db.application.findMany({
    where: { seekerId, vacancyId: { in: vacancyIds } },
    select: { vacancyId: true, createdAt: true },
  });
  return new Map(applications.map((application) => [application.vacancyId, application.createdAt]));
}
