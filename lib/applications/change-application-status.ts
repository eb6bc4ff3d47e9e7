import { z } from "zod";

import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";

import { canChangeStatus } from "./status-transitions";

export const STATUS_NOTE_MAX_LENGTH = 1000;

// The status change form: the application, the status the employer saw, the chosen next status
// and an optional note. Messages are catalog keys.
export const applicationStatusChangeInputSchema = z.object({
  applicationId: z.string().min(1, { error: "applications.errors.notFound" }),
  fromStatus: z.enum(ApplicationStatus, { error: "applications.errors.statusChangedMeanwhile" }),
  toStatus: z.enum(ApplicationStatus, { error: "applications.errors.toStatusRequired" }),
  note: z.string().trim().max(STATUS_NOTE_MAX_LENGTH, { error: "applications.errors.noteTooLong" }).default(""),
});

export type ApplicationStatusChangeInput = z.infer<typeof applicationStatusChangeInputSchema>;

// Moves an application to a vacancy of the employer's own company one step, and records who did it
// and when. `fromStatus` is the status the employer saw; when another change landed first, this
// one is rejected instead of applied on top. An application of another company reads as not
// found and is left unchanged.
export async function changeApplicationStatus(options: {
  db: Database;
  actor: EmployerActor;
  applicationId: string;
  toStatus: ApplicationStatus;
  fromStatus?: ApplicationStatus;
  note?: string;
  now?: Date;
}): Promise<{ fromStatus: ApplicationStatus; toStatus: ApplicationStatus }> {
  const { db, actor, applicationId, toStatus } = options;
  const notFound = () =>
    new AppError("not_found", "applications.errors.notFound", `application ${applicationId} not found for user ${actor.userId}`);
  if (!actor.companyId) throw notFound();
  const companyId = actor.companyId;
  const ownVacancy = { companyId, company: { members: { some: { userId: actor.userId } } } };
  const stale = () =>
    new AppError("conflict", "applications.errors.statusChangedMeanwhile", `application ${applicationId} changed meanwhile`);

  // The status update and its history row commit together or not at all.
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, vacancy: ownVacancy },
      select: { status: true },
    });
    if (!application) throw notFound();

    const fromStatus = options.fromStatus ?? application.status;
    if (application.status !== fromStatus) throw stale();
    if (!canChangeStatus(fromStatus, toStatus)) {
      throw new AppError(
        "invalid_state",
        "applications.errors.transitionNotAllowed",
        `application ${applicationId}: ${fromStatus} to ${toStatus} is not allowed`,
        "toStatus",
      );
    }

    // Filtering on the old status makes the update a compare-and-set: of two concurrent changes
    // from the same status, the second waits for the first's row lock, then matches no row.
    const updated = await tx.application.updateMany({
      where: { id: applicationId, status: fromStatus, vacancy: ownVacancy },
      data: { status: toStatus },
    });
    if (updated.count !== 1) throw stale();

    await tx.applicationStatusChange.create({
      data: {
        applicationId,
        fromStatus,
        toStatus,
        changedById: actor.userId,
        note: options.note ?? "",
        ...(options.now ? { changedAt: options.now } : {}),
      },
    });
    return { fromStatus, toStatus };
  });
}
