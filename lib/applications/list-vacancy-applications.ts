import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { loadDisclosedSeekerParts, type DisclosedSeekerParts } from "@/lib/employers/load-disclosed-seeker-parts";
import { recordDisclosedReads } from "@/lib/employers/record-disclosed-reads";

// Always visible to the employer of the vacancy: name, education, experience, skills and summary.
export const visibleSeekerSelect = {
  id: true,
  fullName: true,
  education: true,
  experienceYears: true,
  summary: true,
  city: { select: { name: true } },
  skills: {
    orderBy: { skillId: "asc" },
    select: { level: true, skill: { select: { id: true, labelId: true, labelEn: true } } },
  },
} as const;

// Returns a vacancy of the employer's own company and its applications, oldest first, or null when
// the vacancy is missing or belongs to another company. Sensitive profile parts come only as the
// seeker disclosed them. `timeZone` is the vacancy city's zone, in which application dates show.
export async function listVacancyApplications(options: { db: Database; actor: EmployerActor; vacancyId: string }) {
  const { db, actor, vacancyId } = options;
  if (!actor.companyId) return null;

  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, companyId: actor.companyId, company: { members: { some: { userId: actor.userId } } } },
    select: {
      id: true,
      title: true,
      status: true,
      deadline: true,
      cityCode: true,
      city: { select: { province: { select: { timeZone: true } } } },
      applications: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, status: true, createdAt: true, seeker: { select: visibleSeekerSelect } },
      },
    },
  });
  if (!vacancy) return null;

  const disclosed = await loadDisclosedSeekerParts(
    db,
    vacancy.applications.map((application) => application.seeker.id),
  );
  await recordDisclosedReads({ db, actorId: actor.userId, cityCode: vacancy.cityCode, disclosed });
  const hidden: DisclosedSeekerParts = { disabilityTypes: null, functioning: null, accommodationNeeds: null };

  return {
    vacancy: {
      id: vacancy.id,
      title: vacancy.title,
      status: vacancy.status,
      deadline: vacancy.deadline,
      timeZone: vacancy.city.province.timeZone,
    },
    applications: vacancy.applications.map((application) => ({
      ...application,
      disclosed: disclosed.get(application.seeker.id) ?? hidden,
    })),
  };
}

export type VacancyApplications = NonNullable<Awaited<ReturnType<typeof listVacancyApplications>>>;
export type VacancyApplication = VacancyApplications["applications"][number];
