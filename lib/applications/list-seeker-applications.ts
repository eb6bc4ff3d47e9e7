import type { Database } from "@/lib/db/create-client";
import type { ApplicationStatus, Role, TimeZone } from "@/lib/generated/prisma/enums";

export type SeekerApplicationHistoryEntry = {
  id: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  changedAt: Date;
  // Only the role of who changed the status: seekers do not see staff names.
  changedByRole: Role;
};

export type SeekerApplicationSummary = {
  id: string;
  status: ApplicationStatus;
  createdAt: Date;
  vacancy: { id: string; title: string; companyName: string; cityName: string; timeZone: TimeZone };
  history: SeekerApplicationHistoryEntry[];
};

// Lists the seeker's own applications, newest first, with their status history oldest first.
export async function listSeekerApplications(options: { db: Database; seekerId: string }): Promise<SeekerApplicationSummary[]> {
  const rows = await options.db.application.findMany({
    where: { seekerId: options.seekerId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      createdAt: true,
      vacancy: {
        select: {
          id: true,
          title: true,
          company: { select: { name: true } },
          city: { select: { name: true, province: { select: { timeZone: true } } } },
        },
      },
      history: {
        orderBy: [{ changedAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, changedAt: true, changedBy: { select: { role: true } } },
      },
    },
  });

  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.createdAt,
    vacancy: {
      id: row.vacancy.id,
      title: row.vacancy.title,
      companyName: row.vacancy.company.name,
      cityName: row.vacancy.city.name,
      timeZone: row.vacancy.city.province.timeZone,
    },
    history: row.history.map((entry) => ({
      id: entry.id,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      changedAt: entry.changedAt,
      changedByRole: entry.changedBy.role,
    })),
  }));
}
