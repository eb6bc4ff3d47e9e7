import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { SkillsForm } from "@/components/seeker/profile/skills-form";
import { StepPage } from "@/components/seeker/profile/step-page";
import { getPrisma } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/routing";
import { listSkillGroups } from "@/lib/seekers/list-profile-options";
import { loadStepContext } from "@/lib/seekers/load-step-context";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.profile.steps" });
  return { title: t("skills") };
}

export default async function SkillsStepPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { profile } = await loadStepContext(locale);
  const t = await getTranslations("seeker.skills");
  const groups = await listSkillGroups({ db: getPrisma(), locale });
  const levels = Object.fromEntries(profile.skills.map((skill) => [skill.skillId, skill.level]));

  return (
    <StepPage step="skills" intro={<p>{t("intro")}</p>}>
      <SkillsForm groups={groups} levels={levels} />
    </StepPage>
  );
}
