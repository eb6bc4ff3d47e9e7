import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import type { Database } from "@/lib/db/create-client";

// UU No. 27/2022 Pasal 20 to 24: consent to process disability and functioning data for matching
// is explicit, provable and can be withdrawn. Each change is also written to the audit log.
export const CONSENT_PURPOSE = "matching";

export type ConsentChange = "given" | "withdrawn" | "unchanged";

export function consentChange(consentedAt: Date | null, consent: boolean): ConsentChange {
  if (consent && !consentedAt) return "given";
  if (!consent && consentedAt) return "withdrawn";
  return "unchanged";
}

export function consentAuditEntry(db: Database, options: { userId: string; seekerId: string; change: "given" | "withdrawn" }) {
  return db.auditLog.create({
    data: {
      actorId: options.userId,
      action: options.change === "given" ? AUDIT_ACTIONS.seekerConsentGiven : AUDIT_ACTIONS.seekerConsentWithdrawn,
      entityType: "SeekerProfile",
      entityId: options.seekerId,
      metadata: { purpose: CONSENT_PURPOSE },
    },
  });
}
