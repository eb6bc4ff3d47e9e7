import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

// The hiring steps an employer moves an application through. Each step goes one stage forward
// or ends the application as rejected, so the history shows every stage the applicant passed.
// "withdrawn" is the seeker's own choice, so it is never a target here. hired, rejected and
// withdrawn are final: a mistaken rejection is corrected with the seeker through the ULD, not by
// reopening the row.
export const EMPLOYER_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ["reviewing", "rejected"],
  reviewing: ["interview", "rejected"],
  interview: ["offered", "rejected"],
  offered: ["hired", "rejected"],
  hired: [],
  rejected: [],
  withdrawn: [],
};

export function nextStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return EMPLOYER_TRANSITIONS[from];
}

export function canChangeStatus(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return EMPLOYER_TRANSITIONS[from].includes(to);
}

export function isFinalStatus(status: ApplicationStatus): boolean {
  return EMPLOYER_TRANSITIONS[status].length === 0;
}
