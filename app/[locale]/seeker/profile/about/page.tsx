import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { AboutForm } from "@/components/seeker/profile/about-form";
import { StepPage } from "@/components/seeker/profile/step-page";
import { requireSeeker } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/routing";
import { listCityGroups } from "@/lib/places/list-city-groups";
import { getSeekerProfile } from "@/lib/seekers/get-seeker-profile";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.profile.steps" });
  return { title: t("about") };
}

export default async function AboutStepPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireSeeker();
  const t = await getTranslations("seeker.about");
  const db = getPrisma();
  const [profile, cityGroups] = await Promise.all([getSeekerProfile({ db, userId: actor.userId }), listCityGroups({ db })]);

  const defaults = {
    fullName: profile?.fullName ?? actor.name,
    cityCode: profile?.cityCode ?? "",
    education: profile?.education ?? "",
    experienceYears: profile ? String(profile.experienceYears) : "",
    workModes: profile?.workModes ?? [],
    hoursTypes: profile?.hoursTypes ?? [],
    placeScope: profile?.placeScope ?? "",
    summary: profile?.summary ?? "",
  };

  return (
    <StepPage step="about" intro={<p>{t("intro")}</p>}>
      <AboutForm defaults={defaults} cityGroups={cityGroups} />
    </StepPage>
  );
}
