"use client";

import { useTranslations } from "next-intl";

import { ChoiceGroup } from "@/components/ui/fields";

// The consent checkbox for processing disability data. The sensitive steps show it while no
// consent exists and afterwards only show when it was given. The disclosure step can withdraw it.
export function ConsentField(props: { checked: boolean; error?: string; consentedOn: string | null; withdrawable?: boolean }) {
  const t = useTranslations("seeker.consent");

  if (props.consentedOn && !props.withdrawable) {
    return <p className="mb-6 border-l-4 border-blue-800 bg-blue-50 p-4">{t("given", { date: props.consentedOn })}</p>;
  }

  return (
    <ChoiceGroup
      type="checkbox"
      name="consent"
      label={t("legend")}
      hint={
        props.withdrawable
          ? [props.consentedOn ? t("givenOn", { date: props.consentedOn }) : null, t("hint"), t("withdrawHint")].filter(Boolean).join(" ")
          : t("hint")
      }
      options={[{ value: "yes", label: t("label") }]}
      defaultValue={props.checked ? ["yes"] : []}
      error={props.error}
    />
  );
}
