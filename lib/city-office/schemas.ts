import { z } from "zod";

// Messages are catalog keys; parseForm translates them for the page.
export const COMPANY_DECISION_REASON_MAX_LENGTH = 1000;

export const companyDecisionInputSchema = z
  .object({
    companyId: z.string().min(1, { error: "office.errors.companyNotFound" }),
    // The company's updatedAt when the officer opened the page; a later change makes the decision stale.
    seenUpdatedAt: z.iso.datetime({ error: "office.companyDecision.errors.stale" }).transform((value) => new Date(value)),
    decision: z.enum(["verified", "rejected"], { error: "office.companyDecision.errors.decisionRequired" }),
    reason: z
      .string()
      .trim()
      .max(COMPANY_DECISION_REASON_MAX_LENGTH, { error: "office.companyDecision.errors.reasonTooLong" })
      .default(""),
  })
  .superRefine((input, context) => {
    // A rejected employer needs to know what to fix.
    if (input.decision === "rejected" && input.reason.length === 0) {
      context.addIssue({ code: "custom", path: ["reason"], message: "office.companyDecision.errors.reasonRequired" });
    }
  });

export type CompanyDecisionInput = z.infer<typeof companyDecisionInputSchema>;
