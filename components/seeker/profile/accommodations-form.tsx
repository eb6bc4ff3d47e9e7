"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { saveAccommodationsAction } from "@/app/[locale]/seeker/profile/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup } from "@/components/ui/fields";
import { valuesOf } from "@/components/ui/form-messages";
import { initialFormState } from "@/lib/forms/form-state";
import type { AccommodationOption } from "@/lib/seekers/list-profile-options";

import { StepButtons } from "./step-buttons";

// Accommodations and workplace access features are two checkbox groups; the action merges them
// into one list of needs.
export function AccommodationsForm({ options, defaults }: { options: AccommodationOption[]; defaults: string[] }) {
  const t = useTranslations("seeker.accommodations");
  const [state, formAction] = useActionState(saveAccommodationsAction, initialFormState);
  const groups = [
    { kind: "accommodation", name: "accommodationIds", label: t("accommodationQuestion") },
    { kind: "access_feature", name: "accessFeatureIds", label: t("accessFeatureQuestion") },
  ] as const;

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      {groups.map((group) => (
        <ChoiceGroup
          key={group.kind}
          type="checkbox"
          name={group.name}
          label={group.label}
          options={options
            .filter((option) => option.kind === group.kind)
            .map((option) => ({ value: option.id, label: option.label, hint: option.description }))}
          defaultValue={valuesOf(state, group.name, defaults)}
          error={state.fieldErrors[group.name]}
        />
      ))}
      <StepButtons />
    </form>
  );
}
