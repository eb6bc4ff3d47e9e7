"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { loginAction } from "@/app/[locale]/(auth)/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/fields";
import { valueOf } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

export function LoginForm() {
  const t = useTranslations("auth.login");
  const [state, formAction] = useActionState(loginAction, initialFormState);

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        defaultValue={valueOf(state, "email")}
        error={state.fieldErrors.email}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        error={state.fieldErrors.password}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
