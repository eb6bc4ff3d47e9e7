"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { saveFunctioningAction } from "@/app/[locale]/seeker/profile/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup } from "@/components/ui/fields";
import { valueOf, valuesOf } from "@/components/ui/form-messages";
import { initialFormState } from "@/lib/forms/form-state";
import { DifficultyLevel } from "@/lib/generated/prisma/enums";
import type { DomainOption } from "@/lib/seekers/list-profile-options";
import { DOMAIN_FIELD_PREFIX, UNKNOWN_DIFFICULTY } from "@/lib/seekers/schemas";

import { ConsentField } from "./consent-field";
import { StepButtons } from "./step-buttons";

// One radio group per Washington Group domain with the four answer levels, plus a way to take an
// answer back: a chosen radio cannot be cleared otherwise.
export function FunctioningForm(props: { domains: DomainOption[]; answers: Record<string, string>; consentedOn: string | null }) {
  const t = useTranslations("seeker.functioning");
  const tr = useTranslations("reference");
  const [state, formAction] = useActionState(saveFunctioningAction, initialFormState);

  const options = [
    ...Object.values(DifficultyLevel).map((level) => ({ value: level, label: tr(`difficultyLevel.${level}`) })),
    { value: UNKNOWN_DIFFICULTY, label: t("unknown") },
  ];

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      {props.domains.map((domain) => {
        const name = `${DOMAIN_FIELD_PREFIX}${domain.id}`;
        return (
          <ChoiceGroup
            key={domain.id}
            type="radio"
            name={name}
            label={domain.question}
            options={options}
            defaultValue={valueOf(state, name, props.answers[domain.id] ?? "")}
            error={state.fieldErrors[name]}
          />
        );
      })}
      <ConsentField
        checked={valuesOf(state, "consent").includes("yes")}
        consentedOn={props.consentedOn}
        error={state.fieldErrors.consent}
      />
      <StepButtons />
    </form>
  );
}
