import { z } from "zod";

import type { SeekerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimeZone } from "@/lib/generated/prisma/enums";

import { isDeadlinePassed } from "./deadline";

export const COVER_LETTER_MAX_LENGTH = 5000;

export const applicationInputSchema = z.object({
  coverLetter: z
    .string()
    .trim()
    .max(COVER_LETTER_MAX_LENGTH, { error: "seeker.apply.errors.coverLetterTooLong" })
    .default(""),
});

export type ApplicationInput = z.infer<typeof applicationInputSchema>;

// A second application for the same vacancy. It carries the first application's time and the
// vacancy city's zone, so the page can tell the seeker on which local date they applied.
export class AlreadyAppliedError extends AppError {
  constructor(
    readonly applicationId: string,
    readonly appliedAt: Date,
    readonly timeZone: TimeZone,
  ) {
    super("conflict", "seeker.apply.errors.alreadyApplied", `seeker already applied: application ${applicationId}`);
    this.name = "AlreadyAppliedError";
  }
}

export type SubmittedApplication = { applicationId: string; createdAt: Date };

// Creates an application and its first status change. Rejects a vacancy that is missing, a draft,
// closed or past its deadline (end of the deadline day in the vacancy city's zone), and a second
// application by the same seeker.
export async function submitApplication(options: {
  db: Database;
  actor: SeekerActor;
  vacancyId: string;
  coverLetter: string;
  now: Date;
}): Promise<SubmittedApplication> {
  const { db, actor, vacancyId, now } = options;

  if (!actor.seekerId) {
    throw new AppError("invalid_state", "seeker.apply.errors.profileMissing", `user ${actor.userId} has no seeker profile`);
  }

  // Drafts are invisible to seekers, so a draft reads as missing.
  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, status: { not: "draft" } },
    select: { status: true, deadline: true, city: { select: { province: { select: { timeZone: true } } } } },
  });
  if (!vacancy) {
    throw new AppError("not_found", "seeker.apply.errors.vacancyNotFound", `vacancy ${vacancyId} not found`);
  }
  if (vacancy.status !== "open") {
    throw new AppError("invalid_state", "seeker.apply.errors.vacancyClosed", `vacancy ${vacancyId} is ${vacancy.status}`);
  }
  if (isDeadlinePassed({ deadline: vacancy.deadline, zone: vacancy.city.province.timeZone, now })) {
    throw new AppError("deadline_passed", "seeker.apply.errors.deadlinePassed", `vacancy ${vacancyId} deadline passed`);
  }

  const seekerId = actor.seekerId;
  try {
    // The application and its first history row are written together or not at all.
    return await db.$transaction(async (tx) => {
      const application = await tx.application.create({
        data: { seekerId, vacancyId, coverLetter: options.coverLetter, status: "submitted", createdAt: now },
        select: { id: true, createdAt: true },
      });
      await tx.applicationStatusChange.create({
        data: {
          applicationId: application.id,
          fromStatus: null,
          toStatus: "submitted",
          changedById: actor.userId,
          changedAt: now,
        },
      });
      return { applicationId: application.id, createdAt: application.createdAt };
    });
  } catch (error) {
    // The unique index on (seekerId, vacancyId) decides double submits and races between tabs.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await db.application.findUnique({
        where: { seekerId_vacancyId: { seekerId, vacancyId } },
        select: { id: true, createdAt: true },
      });
      if (existing) throw new AlreadyAppliedError(existing.id, existing.createdAt, vacancy.city.province.timeZone);
    }
    throw error;
  }
}
