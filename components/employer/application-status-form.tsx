"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { changeApplicationStatusAction } from "@/app/[locale]/employer/applications/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextArea } from "@/components/ui/fields";
import { valueOf } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

// Moves the application to one of the next statuses. The status the employer saw travels with the
// form, so a change made meanwhile by someone else is reported instead of overwritten.
export function ApplicationStatusForm(props: {
  applicationId: string;
  currentStatus: ApplicationStatus;
  options: { value: ApplicationStatus; label: string }[];
}) {
  const t = useTranslations("applications.statusForm");
  const [state, formAction] = useActionState(changeApplicationStatusAction, initialFormState);

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="applicationId" value={props.applicationId} />
      <input type="hidden" name="fromStatus" value={props.currentStatus} />
      <ChoiceGroup
        type="radio"
        name="toStatus"
        label={t("toStatus")}
        hint={t("toStatusHint")}
        options={props.options}
        defaultValue={valueOf(state, "toStatus")}
        error={state.fieldErrors.toStatus}
      />
      <TextArea name="note" rows={3} label={t("note")} hint={t("noteHint")} defaultValue={valueOf(state, "note")} error={state.fieldErrors.note} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
