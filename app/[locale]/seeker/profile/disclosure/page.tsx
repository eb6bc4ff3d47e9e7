import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { DisclosureForm } from "@/components/seeker/profile/disclosure-form";
import { StepPage } from "@/components/seeker/profile/step-page";
import type { Locale } from "@/lib/i18n/routing";
import { formatConsentTime } from "@/lib/seekers/consent-time";
import { loadStepContext } from "@/lib/seekers/load-step-context";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.profile.steps" });
  return { title: t("disclosure") };
}

export default async function DisclosureStepPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { profile } = await loadStepContext(locale);
  const t = await getTranslations("seeker.disclosure");
  const consentedOn = await formatConsentTime(profile.consentedAt, locale, profile.timeZone);

  const defaults = {
    showDisabilityTypes: profile.showDisabilityTypes,
    showFunctioning: profile.showFunctioning,
    showAccommodationNeeds: profile.showAccommodationNeeds,
    consent: profile.consentedAt !== null,
  };

  return (
    <StepPage
      step="disclosure"
      intro={
        <>
          <p className="mb-3">{t("intro")}</p>
          <p>{t("purposeNote")}</p>
        </>
      }
    >
      <DisclosureForm defaults={defaults} consentedOn={consentedOn} />
    </StepPage>
  );
}
