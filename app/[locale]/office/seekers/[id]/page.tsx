import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { DetailList } from "@/components/office/detail-list";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireCityOfficer } from "@/lib/auth/actor";
import { getCitySeekerRecord } from "@/lib/city-office/get-city-seeker-record";
import { getOfficerCity } from "@/lib/city-office/officer-city";
import { calendarDateInZone } from "@/lib/city-office/time-zones";
import { getPrisma } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

import { orNotFound } from "../../or-not-found";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "office.seeker" });
  return { title: t("title") };
}

// The officer supports the seeker, so this page shows the whole profile with the disability data.
// getCitySeekerRecord writes the audit row before it returns anything.
export default async function OfficeSeekerPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const officer = await requireCityOfficer();

  const db = getPrisma();
  const city = await orNotFound(getOfficerCity({ db, actor: officer }));
  const seeker = await orNotFound(getCitySeekerRecord({ db, actor: officer, seekerId: id }));
  const t = await getTranslations("office.seeker");
  const tReference = await getTranslations("reference");
  const displayLocale = locale as Locale;
  const label = (entry: { labelId: string; labelEn: string }) => (displayLocale === "id" ? entry.labelId : entry.labelEn);
  const dateInCity = (instant: Date) => formatDate(calendarDateInZone(instant, city.ianaZone), displayLocale);
  // An empty list of work modes or hours types means the seeker accepts every option.
  const listOrAny = (values: string[]) => (values.length === 0 ? t("anyValue") : values.join(", "));

  return (
    <>
      <p className="mb-4">
        <Link href="/office/seekers" className="inline-block min-h-6">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{seeker.fullName}</h1>
      <p className="mb-8 max-w-3xl border-l-4 border-blue-900 bg-blue-50 p-4">{t("auditNotice")}</p>

      <Section id="contact-title" title={t("contactTitle")}>
        <DetailList items={[{ label: t("email"), value: seeker.email }]} />
      </Section>

      <Section id="profile-title" title={t("profileTitle")}>
        <DetailList
          items={[
            { label: t("education"), value: tReference(`educationLevel.${seeker.education}`) },
            { label: t("experience"), value: t("experienceYears", { count: seeker.experienceYears }) },
            { label: t("homeCity"), value: t("homeCityValue", { city: seeker.city.name, province: seeker.city.provinceName }) },
            // Worded for a reader other than the seeker, unlike the seeker's own "in my province".
            { label: t("placeScope"), value: t(`placeScopeValue.${seeker.placeScope}`, { city: seeker.city.name, province: seeker.city.provinceName }) },
            { label: t("workModes"), value: listOrAny(seeker.workModes.map((mode) => tReference(`workMode.${mode}`))) },
            { label: t("hoursTypes"), value: listOrAny(seeker.hoursTypes.map((hours) => tReference(`hoursType.${hours}`))) },
            { label: t("summary"), value: seeker.summary || t("notProvided") },
          ]}
        />
      </Section>

      <Section id="disability-title" title={t("disabilityTitle")}>
        <DetailList
          items={[
            {
              label: t("disabilityTypes"),
              value: seeker.disabilityTypes.length === 0 ? t("notProvided") : seeker.disabilityTypes.map((type) => tReference(`disabilityType.${type}`)).join(", "),
            },
            {
              label: t("accommodationNeeds"),
              value: seeker.accommodationNeeds.length === 0 ? t("notProvided") : seeker.accommodationNeeds.map(label).join(", "),
            },
          ]}
        />
        {seeker.functioning.length === 0 ? (
          <p className="mt-4">{t("functioningNone")}</p>
        ) : (
          <table className="mt-6 border-collapse text-left">
            <caption className="mb-2 text-left font-bold">{t("functioningCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="py-2 pr-6">
                  {t("functioningDomain")}
                </th>
                <th scope="col" className="py-2">
                  {t("functioningLevel")}
                </th>
              </tr>
            </thead>
            <tbody>
              {seeker.functioning.map((entry) => (
                <tr key={entry.id} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-6 font-normal">
                    {label(entry)}
                  </th>
                  <td className="py-2">{tReference(`difficultyLevel.${entry.level}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="skills-title" title={t("skillsTitle")}>
        {seeker.skills.length === 0 ? (
          <p>{t("skillsNone")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {[...seeker.skills].sort((a, b) => label(a).localeCompare(label(b), displayLocale)).map((skill) => (
              <li key={skill.id}>{t("skillLine", { skill: label(skill), level: tReference(`skillLevel.${skill.level}`) })}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="disclosure-title" title={t("disclosureTitle")}>
        <DetailList
          items={[
            { label: t("disclosureDisabilityTypes"), value: seeker.disclosure.showDisabilityTypes ? t("shown") : t("hidden") },
            { label: t("disclosureFunctioning"), value: seeker.disclosure.showFunctioning ? t("shown") : t("hidden") },
            { label: t("disclosureAccommodationNeeds"), value: seeker.disclosure.showAccommodationNeeds ? t("shown") : t("hidden") },
            { label: t("consentedAt"), value: seeker.disclosure.consentedAt ? dateInCity(seeker.disclosure.consentedAt) : t("consentMissing") },
          ]}
        />
      </Section>

      <Section id="applications-title" title={t("applicationsTitle")}>
        {seeker.applications.length === 0 ? (
          <p>{t("applicationsNone")}</p>
        ) : (
          <ScrollRegion label={t("applicationsRegion")}>
            <table className="min-w-full border-collapse text-left">
              <caption className="sr-only">{t("applicationsCaption", { name: seeker.fullName })}</caption>
              <thead>
                <tr className="border-b-2 border-gray-900">
                  <th scope="col" className="py-2 pr-4">
                    {t("applicationsVacancy")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("applicationsCompany")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("applicationsStatus")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("applicationsDate")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {seeker.applications.map((application) => (
                  <tr key={application.id} className="border-b border-gray-300 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {application.vacancyTitle}
                    </th>
                    <td className="py-2 pr-4">{application.companyName}</td>
                    <td className="py-2 pr-4">{tReference(`applicationStatus.${application.status}`)}</td>
                    <td className="py-2 whitespace-nowrap">{dateInCity(application.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Section>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
