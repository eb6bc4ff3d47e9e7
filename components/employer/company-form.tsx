"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { saveCompanyAction } from "@/app/[locale]/employer/company/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, GroupedSelectField, TextArea, TextField, type ChoiceOption, type OptionGroup } from "@/components/ui/fields";
import { SuccessMessage, valueOf, valuesOf } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState, FormValues } from "@/lib/forms/form-state";

export function CompanyForm(props: {
  mode: "create" | "edit";
  defaults: FormValues;
  sectors: ChoiceOption[];
  cityGroups: OptionGroup[];
  accessFeatures: ChoiceOption[];
}) {
  const t = useTranslations("employer.company");
  const initial: FormState = { status: "idle", fieldErrors: {}, values: props.defaults };
  const [state, formAction] = useActionState(saveCompanyAction, initial);

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <SuccessMessage state={state} />

      <h2 className="mb-4 text-2xl font-bold">{t("identityHeading")}</h2>
      <TextField name="name" autoComplete="organization" label={t("name")} defaultValue={valueOf(state, "name")} error={state.fieldErrors.name} />
      <TextField
        name="nib"
        inputMode="numeric"
        width="short"
        label={t("nib")}
        hint={t("nibHint")}
        defaultValue={valueOf(state, "nib")}
        error={state.fieldErrors.nib}
      />
      <ChoiceGroup
        type="radio"
        name="sector"
        label={t("sector")}
        hint={t("sectorHint")}
        options={props.sectors}
        defaultValue={valueOf(state, "sector")}
        error={state.fieldErrors.sector}
      />
      <TextField name="industry" label={t("industry")} hint={t("industryHint")} defaultValue={valueOf(state, "industry")} error={state.fieldErrors.industry} />

      <h2 className="mb-4 text-2xl font-bold">{t("staffHeading")}</h2>
      <TextField
        name="headcount"
        inputMode="numeric"
        width="short"
        label={t("headcount")}
        hint={t("headcountHint")}
        defaultValue={valueOf(state, "headcount")}
        error={state.fieldErrors.headcount}
      />
      <TextField
        name="employeesWithDisabilities"
        inputMode="numeric"
        width="short"
        label={t("employeesWithDisabilities")}
        hint={t("employeesWithDisabilitiesHint")}
        defaultValue={valueOf(state, "employeesWithDisabilities")}
        error={state.fieldErrors.employeesWithDisabilities}
      />

      <h2 className="mb-4 text-2xl font-bold">{t("placeHeading")}</h2>
      <GroupedSelectField
        name="cityCode"
        label={t("city")}
        hint={t("cityHint")}
        placeholder={t("cityPlaceholder")}
        groups={props.cityGroups}
        defaultValue={valueOf(state, "cityCode")}
        error={state.fieldErrors.cityCode}
      />
      <TextArea name="address" rows={3} label={t("address")} defaultValue={valueOf(state, "address")} error={state.fieldErrors.address} />
      <ChoiceGroup
        type="checkbox"
        name="accessFeatures"
        label={t("accessFeatures")}
        hint={t("accessFeaturesHint")}
        options={props.accessFeatures}
        defaultValue={valuesOf(state, "accessFeatures")}
        error={state.fieldErrors.accessFeatures}
      />
      <TextArea
        name="accessibilityNotes"
        label={t("accessibilityNotes")}
        hint={t("accessibilityNotesHint")}
        defaultValue={valueOf(state, "accessibilityNotes")}
        error={state.fieldErrors.accessibilityNotes}
      />
      <SubmitButton>{props.mode === "create" ? t("submitCreate") : t("submitEdit")}</SubmitButton>
    </form>
  );
}
