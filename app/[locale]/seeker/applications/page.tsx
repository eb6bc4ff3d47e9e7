import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ApplicationItem } from "@/components/seeker/applications/application-item";
import { listSeekerApplications } from "@/lib/applications/list-seeker-applications";
import { requireSeeker } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ submitted?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "seeker.applications" });
  return { title: t("title") };
}

export default async function SeekerApplicationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { submitted } = await searchParams;
  setRequestLocale(locale);
  const actor = await requireSeeker();
  const t = await getTranslations("seeker.applications");

  const applications = actor.seekerId ? await listSeekerApplications({ db: getPrisma(), seekerId: actor.seekerId }) : [];

  return (
    <>
      {submitted === "1" ? (
        <div role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-bold">
          {t("submitted")}
        </div>
      ) : null}
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      {applications.length === 0 ? (
        <>
          <p className="mb-4">{t("none")}</p>
          <Link href="/seeker/vacancies">{t("findVacancies")}</Link>
        </>
      ) : (
        <ol aria-label={t("listLabel")} className="max-w-3xl space-y-4">
          {applications.map((application) => (
            <li key={application.id}>
              <ApplicationItem application={application} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
