"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { saveDisclosureAction } from "@/app/[locale]/seeker/profile/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup } from "@/components/ui/fields";
import { valueOf, valuesOf } from "@/components/ui/form-messages";
import { initialFormState } from "@/lib/forms/form-state";

import { ConsentField } from "./consent-field";
import { StepButtons } from "./step-buttons";

export type DisclosureDefaults = {
  showDisabilityTypes: boolean;
  showFunctioning: boolean;
  showAccommodationNeeds: boolean;
  consent: boolean;
};

const choices = ["showDisabilityTypes", "showFunctioning", "showAccommodationNeeds"] as const;

// Each purpose is its own yes/no question, so a seeker can agree to one and not another.
export function DisclosureForm({ defaults, consentedOn }: { defaults: DisclosureDefaults; consentedOn: string | null }) {
  const t = useTranslations("seeker.disclosure");
  const [state, formAction] = useActionState(saveDisclosureAction, initialFormState);
  const consentChecked = state.status === "idle" ? defaults.consent : valuesOf(state, "consent").includes("yes");

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      {choices.map((choice) => (
        <ChoiceGroup
          key={choice}
          type="radio"
          name={choice}
          label={t(choice)}
          hint={t(`${choice}Hint`)}
          options={[
            { value: "yes", label: t("yes") },
            { value: "no", label: t("no") },
          ]}
          defaultValue={valueOf(state, choice, defaults[choice] ? "yes" : "no")}
          error={state.fieldErrors[choice]}
        />
      ))}
      <ConsentField checked={consentChecked} consentedOn={consentedOn} withdrawable error={state.fieldErrors.consent} />
      <StepButtons isLastStep />
    </form>
  );
}
