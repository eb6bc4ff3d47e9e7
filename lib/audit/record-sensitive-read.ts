import { AUDIT_ACTIONS } from "./audit-actions";
import { recordAuditEvent, type AuditWriter } from "./record-audit-event";

// Seeker fields treated as health data, which UU No. 27/2022 (Pelindungan Data Pribadi) Pasal 4
// makes specific personal data. Every staff read of them leaves a row the seeker can ask about.
export const SENSITIVE_SEEKER_FIELDS = ["disabilityTypes", "functioning", "accommodationNeeds"] as const;

export type SensitiveSeekerField = (typeof SENSITIVE_SEEKER_FIELDS)[number];

export type SensitiveReadOptions = {
  db: AuditWriter;
  actorId: string;
  seekerId: string;
  cityCode: string;
  // The sensitive fields the reader is about to see.
  fields: readonly SensitiveSeekerField[];
  // Purpose of the read, for example "uld_assistance", stored with the row for the seeker's records.
  purpose: string;
};

// Records a staff read of a seeker's sensitive data. Call it before returning the data, so a read
// that cannot be logged fails instead of leaving no trace.
export async function recordSensitiveRead(options: SensitiveReadOptions): Promise<void> {
  await recordAuditEvent({
    db: options.db,
    actorId: options.actorId,
    action: AUDIT_ACTIONS.seekerSensitiveRead,
    entityType: "SeekerProfile",
    entityId: options.seekerId,
    cityCode: options.cityCode,
    metadata: { fields: [...options.fields], purpose: options.purpose },
  });
}
