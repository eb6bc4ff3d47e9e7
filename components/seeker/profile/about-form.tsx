"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { saveAboutAction } from "@/app/[locale]/seeker/profile/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, GroupedSelectField, SelectField, TextArea, TextField } from "@/components/ui/fields";
import { valueOf, valuesOf } from "@/components/ui/form-messages";
import { initialFormState } from "@/lib/forms/form-state";
import { EducationLevel, HoursType, PlaceScope, WorkMode } from "@/lib/generated/prisma/enums";
import type { CityGroup } from "@/lib/places/list-city-groups";

import { StepButtons } from "./step-buttons";

export type AboutDefaults = {
  fullName: string;
  cityCode: string;
  education: string;
  experienceYears: string;
  workModes: string[];
  hoursTypes: string[];
  placeScope: string;
  summary: string;
};

export function AboutForm({ defaults, cityGroups }: { defaults: AboutDefaults; cityGroups: CityGroup[] }) {
  const t = useTranslations("seeker.about");
  const tr = useTranslations("reference");
  const [state, formAction] = useActionState(saveAboutAction, initialFormState);
  const errors = state.fieldErrors;

  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} />
      <TextField
        name="fullName"
        autoComplete="name"
        label={t("fullName")}
        defaultValue={valueOf(state, "fullName", defaults.fullName)}
        error={errors.fullName}
      />
      <GroupedSelectField
        name="cityCode"
        label={t("city")}
        hint={t("cityHint")}
        placeholder={t("cityPlaceholder")}
        groups={cityGroups}
        defaultValue={valueOf(state, "cityCode", defaults.cityCode)}
        error={errors.cityCode}
      />
      <SelectField
        name="education"
        label={t("education")}
        placeholder={t("educationPlaceholder")}
        options={Object.values(EducationLevel).map((level) => ({ value: level, label: tr(`educationLevel.${level}`) }))}
        defaultValue={valueOf(state, "education", defaults.education)}
        error={errors.education}
      />
      <TextField
        name="experienceYears"
        inputMode="numeric"
        width="short"
        label={t("experienceYears")}
        hint={t("experienceYearsHint")}
        defaultValue={valueOf(state, "experienceYears", defaults.experienceYears)}
        error={errors.experienceYears}
      />
      <ChoiceGroup
        type="checkbox"
        name="workModes"
        label={t("workModes")}
        hint={t("workModesHint")}
        options={Object.values(WorkMode).map((mode) => ({ value: mode, label: tr(`workMode.${mode}`) }))}
        defaultValue={valuesOf(state, "workModes", defaults.workModes)}
        error={errors.workModes}
      />
      <ChoiceGroup
        type="checkbox"
        name="hoursTypes"
        label={t("hoursTypes")}
        hint={t("hoursTypesHint")}
        options={Object.values(HoursType).map((hours) => ({ value: hours, label: tr(`hoursType.${hours}`) }))}
        defaultValue={valuesOf(state, "hoursTypes", defaults.hoursTypes)}
        error={errors.hoursTypes}
      />
      <ChoiceGroup
        type="radio"
        name="placeScope"
        label={t("placeScope")}
        hint={t("placeScopeHint")}
        options={Object.values(PlaceScope).map((scope) => ({ value: scope, label: tr(`placeScope.${scope}`) }))}
        defaultValue={valueOf(state, "placeScope", defaults.placeScope)}
        error={errors.placeScope}
      />
      <TextArea
        name="summary"
        label={t("summary")}
        hint={t("summaryHint")}
        defaultValue={valueOf(state, "summary", defaults.summary)}
        error={errors.summary}
      />
      <StepButtons />
    </form>
  );
}
