import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { VacancyStatus } from "@/lib/generated/prisma/enums";

import { checkVacancyReferences } from "./check-vacancy-references";
import { isDeadlineAccepted } from "./deadline-rule";
import { getPostingCompany } from "./get-posting-company";
import type { VacancyInput } from "./schemas";
import { vacancyChildRows, vacancyColumns } from "./vacancy-child-rows";

function nextStatus(current: VacancyStatus, publish: VacancyInput["publish"]): VacancyStatus {
  // Only drafts choose here: an open or closed vacancy may already have applicants, so it is
  // opened and closed from the list, never turned back into a draft.
  if (current !== "draft" || publish === "keep") return current;
  return publish === "publish" ? "open" : "draft";
}

// Replaces a vacancy of the employer's own company and all its child rows. Another company's
// vacancy reads as not found. A deadline in the past is accepted only when it is unchanged (see
// isDeadlineAccepted).
export async function updateVacancy(options: {
  db: Database;
  actor: EmployerActor;
  vacancyId: string;
  input: VacancyInput;
  now: Date;
}): Promise<{ vacancyId: string }> {
  const { db, actor, vacancyId, input, now } = options;
  const company = await getPostingCompany(db, actor);
  const rows = vacancyChildRows(input);

  // The vacancy and its child rows are replaced together, so a reader never sees a vacancy
  // without its skills or functions.
  await db.$transaction(async (tx) => {
    const current = await tx.vacancy.findFirst({
      where: { id: vacancyId, companyId: company.id },
      select: { status: true, deadline: true, publishedAt: true },
    });
    if (!current) throw new AppError("not_found", "vacancies.errors.notFound", `vacancy ${vacancyId} not found for company ${company.id}`);

    const { timeZone } = await checkVacancyReferences(tx, input);
    if (!isDeadlineAccepted({ deadline: input.deadline, savedDeadline: current.deadline, zone: timeZone, now })) {
      throw new AppError("invalid_input", "vacancies.errors.deadlinePast", "deadline before today", "deadline");
    }

    const status = nextStatus(current.status, input.publish);
    await tx.vacancy.update({
      where: { id: vacancyId },
      data: {
        ...vacancyColumns(input),
        status,
        publishedAt: status === "open" ? (current.publishedAt ?? now) : current.publishedAt,
      },
    });

    await tx.vacancySkill.deleteMany({ where: { vacancyId } });
    await tx.vacancyAccommodation.deleteMany({ where: { vacancyId } });
    await tx.jobFunction.deleteMany({ where: { vacancyId } });

    await tx.vacancySkill.createMany({ data: rows.skills.map((skill) => ({ ...skill, vacancyId })) });
    await tx.vacancyAccommodation.createMany({ data: rows.accommodations.map((row) => ({ ...row, vacancyId })) });
    for (const row of rows.functions) {
      await tx.jobFunction.create({
        data: { vacancyId, position: row.position, description: row.description, demands: { createMany: { data: row.demands } } },
      });
    }
  });
  return { vacancyId };
}
