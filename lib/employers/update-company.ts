import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

import { checkCompanyReferences } from "./check-company-references";
import { companyColumns } from "./company-columns";
import type { CompanyInput } from "./schemas";
import { isUniqueViolationOn } from "./unique-violation";

export type UpdateCompanyResult = { backToPending: boolean };

// Updates the employer's own company. A new name or NIB is a new identity for the ULD to check,
// so a verified or rejected company goes back to pending. Other edits keep its status.
export async function updateCompany(options: { db: Database; actor: EmployerActor; input: CompanyInput }): Promise<UpdateCompanyResult> {
  const { db, actor, input } = options;
  const notFound = () => new AppError("not_found", "employer.errors.companyNotFound", `no company for user ${actor.userId}`);
  if (!actor.companyId) throw notFound();
  const companyId = actor.companyId;

  try {
    // The company row and its access feature set change together or not at all.
    return await db.$transaction(async (tx) => {
      const current = await tx.company.findFirst({
        where: { id: companyId, members: { some: { userId: actor.userId } } },
        select: { name: true, nib: true, verificationStatus: true },
      });
      if (!current) throw notFound();
      const accessFeatures = await checkCompanyReferences(tx, input);

      const identityChanged = current.name !== input.name || current.nib !== input.nib;
      const backToPending = identityChanged && current.verificationStatus !== "pending";

      await tx.company.update({
        where: { id: companyId },
        data: {
          ...companyColumns(input),
          ...(backToPending ? { verificationStatus: "pending", verifiedAt: null, verifiedById: null } : {}),
        },
      });
      await tx.companyAccessFeature.deleteMany({ where: { companyId } });
      await tx.companyAccessFeature.createMany({ data: accessFeatures.map((accommodationId) => ({ companyId, accommodationId })) });
      return { backToPending };
    });
  } catch (error) {
    if (isUniqueViolationOn(error, "nib")) {
      throw new AppError("conflict", "employer.errors.nibTaken", "NIB already registered", "nib");
    }
    throw error;
  }
}
