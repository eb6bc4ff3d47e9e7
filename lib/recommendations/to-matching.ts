import type { Prisma } from "@/lib/generated/prisma/client";
import type { FunctioningDomain, MatchResult, PairResult, Seeker, Vacancy } from "@/lib/matching";

// Maps Prisma rows to the matching library's plain types. The selects below name exactly the
// columns the library reads, so callers load nothing more for scoring.

export const matchingSeekerSelect = {
  id: true,
  cityCode: true,
  city: { select: { provinceCode: true } },
  workModes: true,
  hoursTypes: true,
  placeScope: true,
  education: true,
  experienceYears: true,
  disabilityTypes: true,
  showDisabilityTypes: true,
  showFunctioning: true,
  showAccommodationNeeds: true,
  skills: { select: { skillId: true, level: true } },
  functioning: { select: { domainId: true, level: true } },
  accommodationNeeds: { select: { accommodationId: true } },
} satisfies Prisma.SeekerProfileSelect;

export type MatchingSeekerRow = Prisma.SeekerProfileGetPayload<{ select: typeof matchingSeekerSelect }>;

export function toMatchingSeeker(row: MatchingSeekerRow): Seeker {
  return {
    id: row.id,
    cityCode: row.cityCode,
    provinceCode: row.city.provinceCode,
    workModes: row.workModes,
    hoursTypes: row.hoursTypes,
    placeScope: row.placeScope,
    skills: row.skills.map((skill) => ({ skillId: skill.skillId, level: skill.level })),
    education: row.education,
    experienceYears: row.experienceYears,
    functioning: Object.fromEntries(row.functioning.map((answer) => [answer.domainId as FunctioningDomain, answer.level])),
    accommodationNeeds: row.accommodationNeeds.map((need) => need.accommodationId),
    disabilityTypes: row.disabilityTypes,
    disclosure: {
      functioning: row.showFunctioning,
      accommodationNeeds: row.showAccommodationNeeds,
      disabilityTypes: row.showDisabilityTypes,
    },
  };
}

export const matchingVacancySelect = {
  id: true,
  status: true,
  cityCode: true,
  city: { select: { provinceCode: true } },
  workMode: true,
  hoursType: true,
  minEducation: true,
  minExperienceYears: true,
  skills: { select: { skillId: true, required: true, minLevel: true } },
  functions: {
    orderBy: { position: "asc" },
    select: { id: true, demands: { select: { domainId: true, level: true } } },
  },
  accommodations: { select: { accommodationId: true } },
  company: { select: { accessFeatures: { select: { accommodationId: true } } } },
} satisfies Prisma.VacancySelect;

export type MatchingVacancyRow = Prisma.VacancyGetPayload<{ select: typeof matchingVacancySelect }>;

// `isOpen` is decided by the caller, because "open" also depends on the deadline in the vacancy
// city's zone, which the database query or the deadline rule checks.
export function toMatchingVacancy(row: MatchingVacancyRow, options: { isOpen: boolean }): Vacancy {
  const offered = new Set([
    ...row.accommodations.map((offer) => offer.accommodationId),
    ...row.company.accessFeatures.map((feature) => feature.accommodationId),
  ]);
  return {
    id: row.id,
    isOpen: options.isOpen,
    cityCode: row.cityCode,
    provinceCode: row.city.provinceCode,
    workMode: row.workMode,
    hoursType: row.hoursType,
    requiredSkills: row.skills.filter((skill) => skill.required).map(({ skillId, minLevel }) => ({ skillId, minLevel })),
    preferredSkills: row.skills.filter((skill) => !skill.required).map(({ skillId, minLevel }) => ({ skillId, minLevel })),
    minEducation: row.minEducation,
    minExperienceYears: row.minExperienceYears,
    essentialFunctions: row.functions.map((jobFunction) => ({
      id: jobFunction.id,
      demands: jobFunction.demands.map((demand) => ({ domain: demand.domainId as FunctioningDomain, level: demand.level })),
    })),
    accommodationsOffered: [...offered],
  };
}

// Drops the `eligible` flag of a scored pair, leaving the plain match result.
export function toMatchResult(result: Extract<PairResult, { eligible: true }>): MatchResult {
  return {
    seekerId: result.seekerId,
    vacancyId: result.vacancyId,
    score: result.score,
    parts: result.parts,
    strengths: result.strengths,
    gaps: result.gaps,
  };
}
