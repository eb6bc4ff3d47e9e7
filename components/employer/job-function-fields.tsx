"use client";

import { useTranslations } from "next-intl";

import { SelectField, TextArea } from "@/components/ui/fields";
import { valueOf } from "@/components/ui/form-messages";
import type { FormState } from "@/lib/forms/form-state";
import { functionDemandName, functionDescriptionName, MAX_JOB_FUNCTIONS } from "@/lib/vacancies/schemas";

export type DomainView = { id: string; label: string };

function rowHasContent(state: FormState, index: number, domains: DomainView[]): boolean {
  if (valueOf(state, functionDescriptionName(index)).trim() !== "") return true;
  if (Object.keys(state.fieldErrors).some((field) => field.startsWith(`functions.${index}.`))) return true;
  return domains.some((domain) => ["some", "high"].includes(valueOf(state, functionDemandName(index, domain.id))));
}

function FunctionRow(props: { index: number; state: FormState; domains: DomainView[]; demandLabels: Record<"some" | "high", string> }) {
  const t = useTranslations("vacancies.form.functions");
  const { index, state } = props;
  const number = index + 1;
  const descriptionName = functionDescriptionName(index);

  return (
    <fieldset className="mb-6 min-w-0 border-2 border-gray-400 p-4">
      <legend className="px-1 text-lg font-bold">{t("legend", { number })}</legend>
      <TextArea
        name={descriptionName}
        rows={2}
        label={t("description", { number })}
        hint={index === 0 ? t("descriptionHint") : undefined}
        defaultValue={valueOf(state, descriptionName)}
        error={state.fieldErrors[descriptionName]}
      />
      <fieldset className="min-w-0">
        <legend className="mb-2 font-bold">{t("demandsLegend", { number })}</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          {props.domains.map((domain) => (
            // Keyed by the default too: React applies a select's defaultValue only at mount.
            <SelectField
              key={`${domain.id}-${valueOf(state, functionDemandName(index, domain.id), "none")}`}
              name={functionDemandName(index, domain.id)}
              label={domain.label}
              options={[
                { value: "none", label: t("demandNone") },
                { value: "some", label: props.demandLabels.some },
                { value: "high", label: props.demandLabels.high },
              ]}
              defaultValue={valueOf(state, functionDemandName(index, domain.id), "none")}
            />
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}

// Up to six essential job functions. The first is always shown. The others sit in a <details>
// that starts open when any of them contains a value or an error.
export function JobFunctionFields(props: { state: FormState; domains: DomainView[]; demandLabels: Record<"some" | "high", string> }) {
  const t = useTranslations("vacancies.form.functions");
  const extraRows = Array.from({ length: MAX_JOB_FUNCTIONS - 1 }, (_, offset) => offset + 1);
  const extraOpen = extraRows.some((index) => rowHasContent(props.state, index, props.domains));

  return (
    <>
      <p className="mb-4 max-w-3xl">{t("hint")}</p>
      <FunctionRow index={0} {...props} />
      <details open={extraOpen} className="mb-6">
        <summary className="mb-4 min-h-11 cursor-pointer py-2 font-bold text-blue-800 underline">{t("more")}</summary>
        {extraRows.map((index) => (
          <FunctionRow key={index} index={index} {...props} />
        ))}
      </details>
    </>
  );
}
