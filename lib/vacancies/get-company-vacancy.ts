import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import type { FormValues } from "@/lib/forms/form-state";

import { functionDemandName, functionDescriptionName, skillFieldName } from "./schemas";

// Returns a vacancy of the employer's own company, or null for any other id, with the form values
// that fill the edit form.
export async function getCompanyVacancy(options: { db: Database; actor: EmployerActor; vacancyId: string }) {
  const { db, actor, vacancyId } = options;
  if (!actor.companyId) return null;

  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, companyId: actor.companyId, company: { members: { some: { userId: actor.userId } } } },
    select: {
      id: true,
      title: true,
      description: true,
      occupationCode: true,
      cityCode: true,
      workMode: true,
      hoursType: true,
      hoursPerWeek: true,
      salaryMin: true,
      salaryMax: true,
      minEducation: true,
      minExperienceYears: true,
      deadline: true,
      openings: true,
      status: true,
      skills: { select: { skillId: true, required: true, minLevel: true } },
      accommodations: { select: { accommodationId: true } },
      functions: {
        orderBy: { position: "asc" },
        select: { description: true, demands: { select: { domainId: true, level: true } } },
      },
    },
  });
  if (!vacancy) return null;

  const values: FormValues = {
    title: vacancy.title,
    description: vacancy.description,
    occupationCode: vacancy.occupationCode,
    cityCode: vacancy.cityCode,
    workMode: vacancy.workMode,
    hoursType: vacancy.hoursType,
    hoursPerWeek: String(vacancy.hoursPerWeek),
    salaryMin: vacancy.salaryMin === null ? "" : String(vacancy.salaryMin),
    salaryMax: vacancy.salaryMax === null ? "" : String(vacancy.salaryMax),
    minEducation: vacancy.minEducation,
    minExperienceYears: String(vacancy.minExperienceYears),
    deadline: vacancy.deadline.toISOString().slice(0, 10),
    openings: String(vacancy.openings),
    publish: vacancy.status === "draft" ? "draft" : "keep",
    accommodations: vacancy.accommodations.map((row) => row.accommodationId),
  };
  for (const skill of vacancy.skills) {
    values[skillFieldName(skill.skillId)] = `${skill.required ? "required" : "preferred"}:${skill.minLevel}`;
  }
  vacancy.functions.forEach((row, index) => {
    values[functionDescriptionName(index)] = row.description;
    for (const demand of row.demands) values[functionDemandName(index, demand.domainId)] = demand.level;
  });

  return { id: vacancy.id, title: vacancy.title, status: vacancy.status, values };
}
