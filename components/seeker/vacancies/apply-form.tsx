"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { applyAction } from "@/app/[locale]/vacancies/[id]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/fields";
import { valueOf } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

// No idempotency token: the unique application per seeker and vacancy rejects a repeated submit,
// and the action returns the date of the first application as the form error.
export function ApplyForm({ vacancyId }: { vacancyId: string }) {
  const t = useTranslations("seeker.apply");
  const [state, formAction] = useActionState(applyAction, initialFormState);

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <TextArea
        name="coverLetter"
        label={t("coverLetter")}
        hint={t("coverLetterHint")}
        rows={6}
        defaultValue={valueOf(state, "coverLetter")}
        error={state.fieldErrors.coverLetter}
      />
      <p className="mb-4">{t("profileNote")}</p>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
