import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { loadDisclosedSeekerParts, type DisclosedSeekerParts } from "@/lib/employers/load-disclosed-seeker-parts";
import { recordDisclosedReads } from "@/lib/employers/record-disclosed-reads";

import { visibleSeekerSelect } from "./list-vacancy-applications";

// Returns one application to a vacancy of the employer's own company, with its status history
// (who changed it and when), or null for any other id. Sensitive profile parts come only as the
// seeker disclosed them.
export async function getEmployerApplication(options: { db: Database; actor: EmployerActor; applicationId: string }) {
  const { db, actor, applicationId } = options;
  if (!actor.companyId) return null;

  const application = await db.application.findFirst({
    where: {
      id: applicationId,
      vacancy: { companyId: actor.companyId, company: { members: { some: { userId: actor.userId } } } },
    },
    select: {
      id: true,
      status: true,
      coverLetter: true,
      createdAt: true,
      vacancy: {
        select: { id: true, title: true, cityCode: true, city: { select: { province: { select: { timeZone: true } } } } },
      },
      seeker: { select: visibleSeekerSelect },
      history: {
        orderBy: [{ changedAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, changedAt: true, note: true, changedBy: { select: { name: true, role: true } } },
      },
    },
  });
  if (!application) return null;

  const disclosed = await loadDisclosedSeekerParts(db, [application.seeker.id]);
  await recordDisclosedReads({ db, actorId: actor.userId, cityCode: application.vacancy.cityCode, disclosed });
  const hidden: DisclosedSeekerParts = { disabilityTypes: null, functioning: null, accommodationNeeds: null };
  return { ...application, disclosed: disclosed.get(application.seeker.id) ?? hidden };
}

export type EmployerApplication = NonNullable<Awaited<ReturnType<typeof getEmployerApplication>>>;
