import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import { checkVacancyReferences } from "./check-vacancy-references";
import { isDeadlineAccepted } from "./deadline-rule";
import { getPostingCompany } from "./get-posting-company";
import type { VacancyInput } from "./schemas";
import { vacancyChildRows, vacancyColumns } from "./vacancy-child-rows";

// Creates a vacancy of the employer's company with its skills, essential job functions and
// offered accommodations, either published at once or as a draft. The deadline must be today or
// later in the vacancy city's zone, the zone in which applications close.
export async function createVacancy(options: { db: Database; actor: EmployerActor; input: VacancyInput; now: Date }): Promise<{ vacancyId: string }> {
  const { db, actor, input, now } = options;
  if (input.publish === "keep") {
    throw new AppError("invalid_input", "vacancies.errors.publishRequired", "a new vacancy has no status to keep", "publish");
  }
  const company = await getPostingCompany(db, actor);
  const { timeZone } = await checkVacancyReferences(db, input);
  if (!isDeadlineAccepted({ deadline: input.deadline, savedDeadline: null, zone: timeZone, now })) {
    throw new AppError("invalid_input", "vacancies.errors.deadlinePast", "deadline before today", "deadline");
  }

  const rows = vacancyChildRows(input);
  const publish = input.publish === "publish";
  // One nested create is one transaction: a vacancy never exists without its child rows.
  const vacancy = await db.vacancy.create({
    data: {
      ...vacancyColumns(input),
      companyId: company.id,
      status: publish ? "open" : "draft",
      publishedAt: publish ? now : null,
      skills: { createMany: { data: rows.skills } },
      accommodations: { createMany: { data: rows.accommodations } },
      functions: {
        create: rows.functions.map((row) => ({
          position: row.position,
          description: row.description,
          demands: { createMany: { data: row.demands } },
        })),
      },
    },
    select: { id: true },
  });
  return { vacancyId: vacancy.id };
}
