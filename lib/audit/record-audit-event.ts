import type { Database } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "./audit-actions";

// Either the client or a transaction client, so an audit row can commit with the change it records.
export type AuditWriter = Pick<Database, "auditLog">;

export type AuditEvent = {
  db: AuditWriter;
  actorId: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  cityCode: string | null;
  metadata: Prisma.InputJsonObject;
};

// Appends one AuditLog row. Callers must not catch its errors: an event that cannot be recorded
// must stop the operation it describes.
export async function recordAuditEvent(event: AuditEvent): Promise<void> {
  await event.db.auditLog.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      cityCode: event.cityCode,
      metadata: event.metadata,
    },
  });
}
