import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { AccommodationsForm } from "@/components/seeker/profile/accommodations-form";
import { StepPage } from "@/components/seeker/profile/step-page";
import { getPrisma } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/routing";
import { listAccommodationOptions } from "@/lib/seekers/list-profile-options";
import { loadStepContext } from "@/lib/seekers/load-step-context";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.profile.steps" });
  return { title: t("accommodations") };
}

export default async function AccommodationsStepPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { profile } = await loadStepContext(locale);
  const t = await getTranslations("seeker.accommodations");
  const options = await listAccommodationOptions({ db: getPrisma(), locale });

  return (
    <StepPage step="accommodations" intro={<p>{t("intro")}</p>}>
      <AccommodationsForm options={options} defaults={profile.accommodationIds} />
    </StepPage>
  );
}
