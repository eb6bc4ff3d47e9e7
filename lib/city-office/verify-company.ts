import type { CityOfficerActor } from "../auth/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Database } from "../db/create-client";
import { AppError } from "../errors/app-error";
import type { VerificationStatus } from "../generated/prisma/enums";

export type VerifyCompanyOptions = {
  db: Database;
  actor: CityOfficerActor;
  companyId: string;
  decision: Extract<VerificationStatus, "verified" | "rejected">;
  // Required for a rejection (the schema enforces it); optional note for a verification.
  reason: string;
  // Company.updatedAt as the officer saw it.
  seenUpdatedAt: Date;
};

// Verifies or rejects a company of the officer's city and appends the AuditLog row in the same
// transaction, so a decision never exists without its record. Throws AppError with code:
// - not_found when the company is missing or in another city. Nothing changes.
// - conflict when the company changed after the officer loaded it, for example because the
//   employer edited its NIB or another officer decided first. Decisions on stale details fail.
// - invalid_state when the company already has the requested status.
export async function verifyCompany(options: VerifyCompanyOptions): Promise<void> {
  const { actor, companyId, decision } = options;

  await options.db.$transaction(async (tx) => {
    const current = await tx.company.findFirst({
      where: { id: companyId, cityCode: actor.cityCode },
      select: { verificationStatus: true, updatedAt: true },
    });
    if (!current) {
      throw new AppError("not_found", "office.errors.companyNotFound", `company ${companyId} not in city ${actor.cityCode}`);
    }
    if (current.updatedAt.getTime() !== options.seenUpdatedAt.getTime()) {
      throw new AppError("conflict", "office.companyDecision.errors.stale", `company ${companyId} changed since it was loaded`);
    }
    if (current.verificationStatus === decision) {
      throw new AppError("invalid_state", "office.companyDecision.errors.alreadyDecided", `company ${companyId} is already ${decision}`);
    }

    // The guard repeats the city and version, so a change committed between the read above and
    // this write matches no row instead of being overwritten.
    const updated = await tx.company.updateMany({
      where: { id: companyId, cityCode: actor.cityCode, updatedAt: current.updatedAt },
      data:
        decision === "verified"
          ? { verificationStatus: "verified", verifiedAt: new Date(), verifiedById: actor.userId }
          : { verificationStatus: "rejected", verifiedAt: null, verifiedById: null },
    });
    if (updated.count !== 1) {
      throw new AppError("conflict", "office.companyDecision.errors.stale", `company ${companyId} changed during the decision`);
    }

    await recordAuditEvent({
      db: tx,
      actorId: actor.userId,
      action: decision === "verified" ? AUDIT_ACTIONS.companyVerified : AUDIT_ACTIONS.companyRejected,
      entityType: "Company",
      entityId: companyId,
      cityCode: actor.cityCode,
      metadata: { fromStatus: current.verificationStatus, toStatus: decision, reason: options.reason },
    });
  });
}
