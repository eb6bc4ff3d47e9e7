import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export type ApplicationCounts = { total: number; active: number; hired: number };

const inactiveStatuses: readonly ApplicationStatus[] = ["hired", "rejected", "withdrawn"];

// Returns the vacancies of the employer's own company, newest first, with application counts
// from one groupBy over all of them rather than one query per vacancy.
export async function listCompanyVacancies(options: { db: Database; actor: EmployerActor }) {
  const { db, actor } = options;
  if (!actor.companyId) return [];

  const vacancies = await db.vacancy.findMany({
    where: { companyId: actor.companyId, company: { members: { some: { userId: actor.userId } } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, status: true, deadline: true, openings: true, city: { select: { name: true } } },
  });
  if (vacancies.length === 0) return [];

  const groups = await db.application.groupBy({
    by: ["vacancyId", "status"],
    where: { vacancyId: { in: vacancies.map((vacancy) => vacancy.id) } },
    _count: { _all: true },
  });
  const counts = new Map<string, ApplicationCounts>();
  for (const group of groups) {
    const entry = counts.get(group.vacancyId) ?? { total: 0, active: 0, hired: 0 };
    entry.total += group._count._all;
    if (!inactiveStatuses.includes(group.status)) entry.active += group._count._all;
    if (group.status === "hired") entry.hired += group._count._all;
    counts.set(group.vacancyId, entry);
  }

  return vacancies.map((vacancy) => ({ ...vacancy, applications: counts.get(vacancy.id) ?? { total: 0, active: 0, hired: 0 } }));
}

export type CompanyVacancy = Awaited<ReturnType<typeof listCompanyVacancies>>[number];
