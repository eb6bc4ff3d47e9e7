import type { EmployerActor } from "@/lib/auth/actor";
import { localDate } from "@/lib/applications/deadline";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { VacancyStatus } from "@/lib/generated/prisma/enums";

import { getPostingCompany } from "./get-posting-company";

export const VACANCY_STATUS_ACTIONS = ["publish", "close", "reopen"] as const;
export type VacancyStatusAction = (typeof VACANCY_STATUS_ACTIONS)[number];

const transitions: Record<VacancyStatusAction, { from: VacancyStatus; to: VacancyStatus }> = {
  publish: { from: "draft", to: "open" },
  close: { from: "open", to: "closed" },
  reopen: { from: "closed", to: "open" },
};

// Publishes a draft, closes an open vacancy or reopens a closed one, for the employer's own
// company only. Closing is always allowed. Publishing and reopening need a company that may post,
// and a deadline that is today or later in the vacancy city's zone.
export async function changeVacancyStatus(options: {
  db: Database;
  actor: EmployerActor;
  vacancyId: string;
  action: VacancyStatusAction;
  now: Date;
}): Promise<{ status: VacancyStatus }> {
  const { db, actor, vacancyId, action, now } = options;
  const { from, to } = transitions[action];
  const notFound = () => new AppError("not_found", "vacancies.errors.notFound", `vacancy ${vacancyId} not found for user ${actor.userId}`);
  if (!actor.companyId) throw notFound();

  if (to === "open") await getPostingCompany(db, actor);

  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, companyId: actor.companyId, company: { members: { some: { userId: actor.userId } } } },
    select: { status: true, deadline: true, publishedAt: true, city: { select: { province: { select: { timeZone: true } } } } },
  });
  if (!vacancy) throw notFound();
  if (vacancy.status !== from) {
    throw new AppError("invalid_state", "vacancies.errors.statusChanged", `vacancy ${vacancyId} is ${vacancy.status}, expected ${from}`);
  }
  if (to === "open" && vacancy.deadline.getTime() < localDate(vacancy.city.province.timeZone, now).getTime()) {
    throw new AppError("invalid_state", "vacancies.errors.reopenDeadlinePast", `vacancy ${vacancyId} deadline passed`);
  }

  // The status in the filter makes a second click or a concurrent change a no-op that is reported.
  const updated = await db.vacancy.updateMany({
    where: { id: vacancyId, companyId: actor.companyId, status: from },
    data: { status: to, ...(to === "open" && !vacancy.publishedAt ? { publishedAt: now } : {}) },
  });
  if (updated.count !== 1) {
    throw new AppError("invalid_state", "vacancies.errors.statusChanged", `vacancy ${vacancyId} changed meanwhile`);
  }
  return { status: to };
}
