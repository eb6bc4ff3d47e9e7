import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { StepChecklist } from "@/components/seeker/profile/step-checklist";
import { requireSeeker } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatConsentTime } from "@/lib/seekers/consent-time";
import { getSeekerProfile } from "@/lib/seekers/get-seeker-profile";
import { profileStepStates } from "@/lib/seekers/profile-steps";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.profile" });
  return { title: t("title") };
}

export default async function ProfileOverviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { saved } = await searchParams;
  setRequestLocale(locale);
  const actor = await requireSeeker();
  const t = await getTranslations("seeker.profile");
  const db = getPrisma();

  const [profile, domainCount] = await Promise.all([getSeekerProfile({ db, userId: actor.userId }), db.functioningDomain.count()]);
  const states = profileStepStates(profile, domainCount);
  const consentTime = profile ? await formatConsentTime(profile.consentedAt, locale, profile.timeZone) : null;

  return (
    <div className="max-w-3xl">
      {saved === "1" ? (
        <div role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-bold">
          {t("saved")}
        </div>
      ) : null}
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {profile ? null : <p className="mb-6 border-l-4 border-blue-800 bg-blue-50 p-4">{t("fillAboutFirst")}</p>}
      <StepChecklist states={states} hasProfile={profile !== null} consentTime={consentTime} />
      {profile ? (
        <p className="mt-8">
          <Link href="/seeker/vacancies" className="font-bold">
            {t("seeVacancies")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
