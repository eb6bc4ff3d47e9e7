import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import { checkCompanyReferences } from "./check-company-references";
import { companyColumns } from "./company-columns";
import type { CompanyInput } from "./schemas";
import { isUniqueViolationOn } from "./unique-violation";

// Creates the employer's company, its membership and its access features. The company starts
// pending until a ULD officer of its city verifies it.
export async function createCompany(options: { db: Database; actor: EmployerActor; input: CompanyInput }): Promise<{ companyId: string }> {
  const { db, actor, input } = options;
  if (actor.companyId) {
    throw new AppError("conflict", "employer.errors.companyExists", `user ${actor.userId} already belongs to a company`);
  }
  const accessFeatures = await checkCompanyReferences(db, input);

  try {
    // One nested create is one transaction: the company never exists without its member.
    const company = await db.company.create({
      data: {
        ...companyColumns(input),
        verificationStatus: "pending",
        members: { create: { userId: actor.userId } },
        accessFeatures: { createMany: { data: accessFeatures.map((accommodationId) => ({ accommodationId })) } },
      },
      select: { id: true },
    });
    return { companyId: company.id };
  } catch (error) {
    // The unique indexes decide races: one NIB per company, one company per user.
    if (isUniqueViolationOn(error, "nib")) {
      throw new AppError("conflict", "employer.errors.nibTaken", "NIB already registered", "nib");
    }
    if (isUniqueViolationOn(error, "userId")) {
      throw new AppError("conflict", "employer.errors.companyExists", `user ${actor.userId} already belongs to a company`);
    }
    throw error;
  }
}
