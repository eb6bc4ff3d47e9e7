"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { decideCompanyVerificationAction } from "@/app/[locale]/office/companies/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextArea } from "@/components/ui/fields";
import { valueOf } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

// `seenUpdatedAt` is the company version shown on the page. The server rejects the decision if the
// company changed since, so the hidden field keeps the loaded value after a failed submit.
export function CompanyDecisionForm({ companyId, seenUpdatedAt }: { companyId: string; seenUpdatedAt: string }) {
  const t = useTranslations("office.companyDecision");
  const [state, formAction] = useActionState(decideCompanyVerificationAction, initialFormState);

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="companyId" value={companyId} />
      <input type="hidden" name="seenUpdatedAt" value={seenUpdatedAt} />
      <ChoiceGroup
        type="radio"
        name="decision"
        label={t("decision")}
        options={[
          { value: "verified", label: t("verify"), hint: t("verifyHint") },
          { value: "rejected", label: t("reject"), hint: t("rejectHint") },
        ]}
        defaultValue={valueOf(state, "decision")}
        error={state.fieldErrors.decision}
      />
      <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} defaultValue={valueOf(state, "reason")} error={state.fieldErrors.reason} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
