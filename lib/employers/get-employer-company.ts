import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";

// Returns the company the employer belongs to, or null before it creates one. Membership is
// checked in the query, so a stale companyId never reads another company.
export async function getEmployerCompany(options: { db: Database; actor: EmployerActor }) {
  const { db, actor } = options;
  if (!actor.companyId) return null;

  return db.company.findFirst({
    where: { id: actor.companyId, members: { some: { userId: actor.userId } } },
    select: {
      id: true,
      name: true,
      nib: true,
      sector: true,
      industry: true,
      headcount: true,
      employeesWithDisabilities: true,
      cityCode: true,
      address: true,
      accessibilityNotes: true,
      verificationStatus: true,
      verifiedAt: true,
      city: { select: { name: true, province: { select: { name: true, timeZone: true } } } },
      accessFeatures: { select: { accommodationId: true } },
    },
  });
}

export type EmployerCompany = NonNullable<Awaited<ReturnType<typeof getEmployerCompany>>>;
