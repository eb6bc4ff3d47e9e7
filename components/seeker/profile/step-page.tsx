import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { Link } from "@/lib/i18n/navigation";
import { PROFILE_STEPS, type ProfileStep } from "@/lib/seekers/profile-steps";

// The frame of every profile step: a way back to the overview, where the step sits in the journey,
// the one heading of the page and the step's introduction.
export async function StepPage({ step, intro, children }: { step: ProfileStep; intro?: ReactNode; children: ReactNode }) {
  const t = await getTranslations("seeker.profile");
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/seeker/profile" className="inline-block min-h-6">
          {t("backToOverview")}
        </Link>
      </p>
      <p className="text-lg text-gray-700">{t("stepOf", { number: PROFILE_STEPS.indexOf(step) + 1, total: PROFILE_STEPS.length })}</p>
      <h1 className="mb-4 text-3xl font-bold">{t(`steps.${step}`)}</h1>
      {intro ? <div className="mb-6">{intro}</div> : null}
      {children}
    </div>
  );
}
