import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import { canPostVacancies } from "./posting-policy";

// Returns the employer's company when it may post vacancies, and throws the reason otherwise.
export async function getPostingCompany(db: Pick<Database, "company">, actor: EmployerActor) {
  if (!actor.companyId) {
    throw new AppError("invalid_state", "vacancies.errors.companyMissing", `user ${actor.userId} has no company`);
  }
  const company = await db.company.findFirst({
    where: { id: actor.companyId, members: { some: { userId: actor.userId } } },
    select: { id: true, verificationStatus: true },
  });
  if (!company) {
    throw new AppError("invalid_state", "vacancies.errors.companyMissing", `user ${actor.userId} is not a member of ${actor.companyId}`);
  }
  if (!canPostVacancies(company.verificationStatus)) {
    throw new AppError("forbidden", "vacancies.errors.companyRejected", `company ${company.id} is ${company.verificationStatus}`);
  }
  return company;
}
