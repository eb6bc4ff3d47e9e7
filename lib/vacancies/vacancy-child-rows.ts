import type { VacancyInput } from "./schemas";

// The rows hanging off a vacancy, built from the parsed form. Empty job function rows are
// skipped and the rest numbered from 1 in form order.
export function vacancyChildRows(input: VacancyInput) {
  const functions = input.functions
    .filter((row) => row !== null)
    .map((row, index) => ({
      position: index + 1,
      description: row.description,
      demands: Object.entries(row.demands).map(([domainId, level]) => ({ domainId, level })),
    }));

  return {
    skills: input.skills.map((skill) => ({ skillId: skill.skillId, required: skill.required, minLevel: skill.minLevel })),
    accommodations: [...new Set(input.accommodations)].map((accommodationId) => ({ accommodationId })),
    functions,
  };
}

export function vacancyColumns(input: VacancyInput) {
  return {
    title: input.title,
    description: input.description,
    occupationCode: input.occupationCode,
    cityCode: input.cityCode,
    workMode: input.workMode,
    hoursType: input.hoursType,
    hoursPerWeek: input.hoursPerWeek,
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    minEducation: input.minEducation,
    minExperienceYears: input.minExperienceYears,
    deadline: input.deadline,
    openings: input.openings,
  };
}
