import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { FunctioningForm } from "@/components/seeker/profile/functioning-form";
import { StepPage } from "@/components/seeker/profile/step-page";
import { getPrisma } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/routing";
import { listFunctioningDomains } from "@/lib/seekers/list-profile-options";
import { formatConsentTime } from "@/lib/seekers/consent-time";
import { loadStepContext } from "@/lib/seekers/load-step-context";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.profile.steps" });
  return { title: t("functioning") };
}

export default async function FunctioningStepPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { profile } = await loadStepContext(locale);
  const t = await getTranslations("seeker.functioning");
  const domains = await listFunctioningDomains({ db: getPrisma(), locale });
  const answers = Object.fromEntries(profile.functioning.map((answer) => [answer.domainId, answer.level]));
  const consentedOn = await formatConsentTime(profile.consentedAt, locale, profile.timeZone);

  return (
    <StepPage step="functioning" intro={<p>{t("intro")}</p>}>
      <FunctioningForm domains={domains} answers={answers} consentedOn={consentedOn} />
    </StepPage>
  );
}
