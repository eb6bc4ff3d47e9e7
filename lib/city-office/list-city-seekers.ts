import type { CityOfficerActor } from "../auth/actor";
import type { Database } from "../db/create-client";

export type CitySeekerSummary = {
  id: string;
  fullName: string;
  skillCount: number;
  applicationCount: number;
};

// Lists the seekers of the officer's city (SeekerProfile.cityCode) with counts only. It selects
// no disability, functioning or accommodation data, so listing writes no audit row.
export async function listCitySeekers(options: { db: Database; actor: CityOfficerActor }): Promise<CitySeekerSummary[]> {
  const seekers = await options.db.seekerProfile.findMany({
    where: { cityCode: options.actor.cityCode },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true, _count: { select: { skills: true, applications: true } } },
  });
  return seekers.map((seeker) => ({
    id: seeker.id,
    fullName: seeker.fullName,
    skillCount: seeker._count.skills,
    applicationCount: seeker._count.applications,
  }));
}
