import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import type { SensitiveSeekerField } from "@/lib/audit/record-sensitive-read";
import type { Database } from "@/lib/db/create-client";

import type { DisclosedSeekerParts } from "./load-disclosed-seeker-parts";

// The sensitive fields an employer is about to see: those the seeker disclosed and filled in.
export function shownSensitiveFields(parts: DisclosedSeekerParts): SensitiveSeekerField[] {
  const fields: SensitiveSeekerField[] = [];
  if (parts.disabilityTypes && parts.disabilityTypes.length > 0) fields.push("disabilityTypes");
  if (parts.functioning && parts.functioning.length > 0) fields.push("functioning");
  if (parts.accommodationNeeds && parts.accommodationNeeds.length > 0) fields.push("accommodationNeeds");
  return fields;
}

// Logs an employer's read of disclosed sensitive data, one row per seeker whose shown parts are
// not empty, in one insert. Called before the data is returned, so a read that cannot be logged fails.
export async function recordDisclosedReads(options: {
  db: Pick<Database, "auditLog">;
  actorId: string;
  cityCode: string;
  disclosed: Map<string, DisclosedSeekerParts>;
}): Promise<void> {
  const rows = [...options.disclosed].flatMap(([seekerId, parts]) => {
    const fields = shownSensitiveFields(parts);
    if (fields.length === 0) return [];
    return [
      {
        actorId: options.actorId,
        action: AUDIT_ACTIONS.seekerSensitiveRead,
        entityType: "SeekerProfile",
        entityId: seekerId,
        cityCode: options.cityCode,
        metadata: { fields, purpose: "employer_recruitment" },
      },
    ];
  });
  if (rows.length > 0) await options.db.auditLog.createMany({ data: rows });
}
