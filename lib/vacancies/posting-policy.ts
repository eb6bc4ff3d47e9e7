import type { VerificationStatus } from "@/lib/generated/prisma/enums";

// Pending and verified companies may post vacancies, rejected ones may not. Pending companies may
// post because a ULD officer of the company's city verifies by hand, and hiring should not wait
// for that check.
export function canPostVacancies(status: VerificationStatus): boolean {
  return status === "pending" || status === "verified";
}
