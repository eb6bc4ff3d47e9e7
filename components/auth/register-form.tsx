"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { registerAction } from "@/app/[locale]/(auth)/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextField } from "@/components/ui/fields";
import { valueOf } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

export function RegisterForm({ defaultRole }: { defaultRole?: string }) {
  const t = useTranslations("auth.register");
  const [state, formAction] = useActionState(registerAction, initialFormState);

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <ChoiceGroup
        type="radio"
        name="role"
        label={t("role")}
        options={[
          { value: "seeker", label: t("roleSeeker"), hint: t("roleSeekerHint") },
          { value: "employer", label: t("roleEmployer"), hint: t("roleEmployerHint") },
        ]}
        defaultValue={valueOf(state, "role", defaultRole ?? "")}
        error={state.fieldErrors.role}
      />
      <TextField name="name" autoComplete="name" label={t("name")} defaultValue={valueOf(state, "name")} error={state.fieldErrors.name} />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={valueOf(state, "email")}
        error={state.fieldErrors.email}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        error={state.fieldErrors.password}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
