"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { saveDisabilityAction } from "@/app/[locale]/seeker/profile/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup } from "@/components/ui/fields";
import { valuesOf } from "@/components/ui/form-messages";
import { initialFormState } from "@/lib/forms/form-state";
import { DisabilityType } from "@/lib/generated/prisma/enums";
import { PREFER_NOT_TO_SAY } from "@/lib/seekers/schemas";

import { ConsentField } from "./consent-field";
import { StepButtons } from "./step-buttons";

export function DisabilityForm({ defaults, consentedOn }: { defaults: string[]; consentedOn: string | null }) {
  const t = useTranslations("seeker.disability");
  const tr = useTranslations("reference");
  const [state, formAction] = useActionState(saveDisabilityAction, initialFormState);

  const options = [
    ...Object.values(DisabilityType).map((type) => ({
      value: type,
      label: tr(`disabilityType.${type}`),
      hint: tr(`disabilityTypeHint.${type}`),
    })),
    { value: PREFER_NOT_TO_SAY, label: t("preferNotToSay") },
  ];

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <ChoiceGroup
        type="checkbox"
        name="disabilityTypes"
        label={t("question")}
        hint={t("questionHint")}
        options={options}
        defaultValue={valuesOf(state, "disabilityTypes", defaults)}
        error={state.fieldErrors.disabilityTypes}
      />
      <ConsentField
        checked={valuesOf(state, "consent").includes("yes")}
        consentedOn={consentedOn}
        error={state.fieldErrors.consent}
      />
      <StepButtons />
    </form>
  );
}
