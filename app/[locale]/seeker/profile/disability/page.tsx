import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { DisabilityForm } from "@/components/seeker/profile/disability-form";
import { StepPage } from "@/components/seeker/profile/step-page";
import type { Locale } from "@/lib/i18n/routing";
import { formatConsentTime } from "@/lib/seekers/consent-time";
import { loadStepContext } from "@/lib/seekers/load-step-context";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.profile.steps" });
  return { title: t("disability") };
}

export default async function DisabilityStepPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { profile } = await loadStepContext(locale);
  const t = await getTranslations("seeker.disability");
  const consentedOn = await formatConsentTime(profile.consentedAt, locale, profile.timeZone);

  return (
    <StepPage step="disability" intro={<p>{t("intro")}</p>}>
      <DisabilityForm defaults={profile.disabilityTypes} consentedOn={consentedOn} />
    </StepPage>
  );
}
