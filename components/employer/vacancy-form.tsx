"use client";

import { useTranslations } from "next-intl";
import { useActionState, type FormEvent } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, GroupedSelectField, SelectField, TextArea, TextField, type ChoiceOption, type Option, type OptionGroup } from "@/components/ui/fields";
import { valueOf, valuesOf } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState, FormValues } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { findExclusionaryWording } from "@/lib/vacancies/inclusive-wording";

import { AccommodationCheckboxes, type AccommodationGroupView } from "./accommodation-checkboxes";
import { JobFunctionFields, type DomainView } from "./job-function-fields";
import { SkillPicker, type SkillGroupView } from "./skill-picker";
import { useLiveValues } from "./use-live-values";
import { WordingHints } from "./wording-hints";

export type VacancyFormOptionsView = {
  occupationGroups: OptionGroup[];
  cityGroups: OptionGroup[];
  workModes: ChoiceOption[];
  hoursTypes: ChoiceOption[];
  educationLevels: Option[];
  skillGroups: SkillGroupView[];
  skillLevels: Record<string, string>;
  domains: DomainView[];
  demandLabels: Record<"some" | "high", string>;
  accommodationGroups: AccommodationGroupView[];
};

type VacancyAction = (previous: FormState, formData: FormData) => Promise<FormState>;

type WordingSource = { title: string; description: string; occupationCode: string };

function wordingSourceOf(state: FormState): WordingSource {
  return {
    title: valueOf(state, "title"),
    description: valueOf(state, "description"),
    occupationCode: valueOf(state, "occupationCode"),
  };
}

// Create and edit form of a vacancy. It posts to a server action, so it works before JavaScript
// loads; with JavaScript, wording hints follow the title and description as they are typed.
export function VacancyForm(props: {
  action: VacancyAction;
  defaults: FormValues;
  options: VacancyFormOptionsView;
  // Set for an open or closed vacancy, whose status is changed from the list instead.
  keptStatusLabel?: string;
}) {
  const t = useTranslations("vacancies.form");
  const [state, formAction] = useActionState(props.action, { status: "idle", fieldErrors: {}, values: props.defaults });
  const [wording, setWording] = useLiveValues(state, wordingSourceOf);
  const { options } = props;
  const errors = state.fieldErrors;

  const trackWording = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (target.name === "title" || target.name === "description" || target.name === "occupationCode") {
      setWording((current) => ({ ...current, [target.name]: target.value }));
    }
  };

  return (
    <form action={formAction} noValidate onInput={trackWording} onChange={trackWording}>
      <ErrorSummary state={state} />

      <h2 className="mb-4 text-2xl font-bold">{t("sections.job")}</h2>
      <TextField name="title" label={t("title")} hint={t("titleHint")} defaultValue={valueOf(state, "title")} error={errors.title} />
      <GroupedSelectField
        name="occupationCode"
        label={t("occupation")}
        hint={t("occupationHint")}
        placeholder={t("occupationPlaceholder")}
        groups={options.occupationGroups}
        defaultValue={valueOf(state, "occupationCode")}
        error={errors.occupationCode}
      />
      <GroupedSelectField
        name="cityCode"
        label={t("city")}
        placeholder={t("cityPlaceholder")}
        groups={options.cityGroups}
        defaultValue={valueOf(state, "cityCode")}
        error={errors.cityCode}
      />
      <TextArea
        name="description"
        rows={8}
        label={t("description")}
        hint={t("descriptionHint")}
        defaultValue={valueOf(state, "description")}
        error={errors.description}
      />
      <WordingHints issues={findExclusionaryWording(wording)} />

      <h2 className="mb-4 text-2xl font-bold">{t("sections.terms")}</h2>
      <ChoiceGroup type="radio" name="workMode" label={t("workMode")} options={options.workModes} defaultValue={valueOf(state, "workMode")} error={errors.workMode} />
      <ChoiceGroup type="radio" name="hoursType" label={t("hoursType")} options={options.hoursTypes} defaultValue={valueOf(state, "hoursType")} error={errors.hoursType} />
      <TextField
        name="hoursPerWeek"
        inputMode="numeric"
        width="short"
        label={t("hoursPerWeek")}
        hint={t("hoursPerWeekHint")}
        defaultValue={valueOf(state, "hoursPerWeek")}
        error={errors.hoursPerWeek}
      />
      <TextField name="salaryMin" inputMode="numeric" width="short" label={t("salaryMin")} hint={t("salaryHint")} defaultValue={valueOf(state, "salaryMin")} error={errors.salaryMin} />
      <TextField name="salaryMax" inputMode="numeric" width="short" label={t("salaryMax")} hint={t("salaryHint")} defaultValue={valueOf(state, "salaryMax")} error={errors.salaryMax} />

      <h2 className="mb-4 text-2xl font-bold">{t("sections.requirements")}</h2>
      <SelectField
        name="minEducation"
        label={t("minEducation")}
        options={options.educationLevels}
        defaultValue={valueOf(state, "minEducation", "none")}
        error={errors.minEducation}
      />
      <TextField
        name="minExperienceYears"
        inputMode="numeric"
        width="short"
        label={t("minExperienceYears")}
        hint={t("minExperienceYearsHint")}
        defaultValue={valueOf(state, "minExperienceYears", "0")}
        error={errors.minExperienceYears}
      />
      <SkillPicker state={state} groups={options.skillGroups} levelLabels={options.skillLevels} />

      <h2 className="mb-4 text-2xl font-bold">{t("sections.functions")}</h2>
      <JobFunctionFields state={state} domains={options.domains} demandLabels={options.demandLabels} />

      <h2 className="mb-4 text-2xl font-bold">{t("sections.accommodations")}</h2>
      <AccommodationCheckboxes groups={options.accommodationGroups} selected={valuesOf(state, "accommodations")} error={errors.accommodations} />

      <h2 className="mb-4 text-2xl font-bold">{t("sections.publication")}</h2>
      <TextField name="deadline" type="date" width="short" label={t("deadline")} hint={t("deadlineHint")} defaultValue={valueOf(state, "deadline")} error={errors.deadline} />
      <TextField name="openings" inputMode="numeric" width="short" label={t("openings")} defaultValue={valueOf(state, "openings", "1")} error={errors.openings} />
      {props.keptStatusLabel ? (
        <>
          <input type="hidden" name="publish" value="keep" />
          <p className="mb-6">{t("publish.keepNote", { status: props.keptStatusLabel })}</p>
        </>
      ) : (
        <ChoiceGroup
          type="radio"
          name="publish"
          label={t("publish.legend")}
          options={[
            { value: "publish", label: t("publish.publish"), hint: t("publish.publishHint") },
            { value: "draft", label: t("publish.draft"), hint: t("publish.draftHint") },
          ]}
          defaultValue={valueOf(state, "publish", "publish")}
          error={errors.publish}
        />
      )}

      <div className="flex flex-wrap items-center gap-6">
        <SubmitButton>{t("submit")}</SubmitButton>
        <Link href="/employer/vacancies" className="inline-block min-h-6">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
