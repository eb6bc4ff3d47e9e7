import { useLocale, useTranslations } from "next-intl";

import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { VacancyDetail } from "@/lib/seekers/get-vacancy-detail";
import { pickLabel } from "@/lib/seekers/list-profile-options";

import { salaryText } from "./salary-text";

// The facts of a vacancy, its essential functions with the abilities they rely on, its skills and
// what the employer offers. Section headings are h2: the page's h1 is the vacancy title.
export function VacancyDetails({ vacancy }: { vacancy: VacancyDetail }) {
  const t = useTranslations("seeker.vacancy");
  const tr = useTranslations("reference");
  const tm = useTranslations("matching");
  const locale = useLocale() as Locale;
  const label = (row: { labelId: string; labelEn: string }) => pickLabel(locale, row.labelId, row.labelEn);

  const facts: [string, string][] = [
    [t("company"), vacancy.company.name],
    [t("verification"), tr(`verificationStatus.${vacancy.company.verificationStatus}`)],
    [t("occupation"), `${pickLabel(locale, vacancy.occupation.titleId, vacancy.occupation.titleEn)} (${vacancy.occupation.code})`],
    [t("city"), `${vacancy.city.name}, ${vacancy.city.province.name}`],
    [t("workMode"), tr(`workMode.${vacancy.workMode}`)],
    [t("hours"), t("hoursValue", { type: tr(`hoursType.${vacancy.hoursType}`), hours: vacancy.hoursPerWeek })],
    [t("salary"), salaryText(t, locale, vacancy.salaryMin, vacancy.salaryMax)],
    [
      t("deadline"),
      t("deadlineValue", { date: formatDate(vacancy.deadline, locale), zone: tr(`timeZoneShort.${vacancy.city.province.timeZone}`) }),
    ],
    [t("openings"), String(vacancy.openings)],
    [t("minEducation"), tr(`educationLevel.${vacancy.minEducation}`)],
    [t("minExperience"), t("minExperienceValue", { years: vacancy.minExperienceYears })],
  ];
  const accessFeatures = vacancy.company.accessFeatures.map((feature) => feature.accommodation);
  const accommodations = vacancy.accommodations.map((offer) => offer.accommodation);

  return (
    <>
      <dl className="mb-8 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {vacancy.description ? (
        <section aria-labelledby="vacancy-description" className="mb-8 max-w-3xl">
          <h2 id="vacancy-description" className="mb-2 text-2xl font-bold">
            {t("description")}
          </h2>
          <p className="whitespace-pre-line">{vacancy.description}</p>
        </section>
      ) : null}

      <section aria-labelledby="vacancy-functions" className="mb-8 max-w-3xl">
        <h2 id="vacancy-functions" className="mb-2 text-2xl font-bold">
          {t("functionsTitle")}
        </h2>
        <p className="mb-2">{t("functionsIntro")}</p>
        {vacancy.functions.length > 0 ? (
          <ol className="list-decimal space-y-2 pl-6">
            {vacancy.functions.map((jobFunction) => (
              <li key={jobFunction.id}>
                <p>{jobFunction.description}</p>
                <p className="text-gray-800">
                  {jobFunction.demands.length > 0
                    ? jobFunction.demands
                        .map((demand) => t("demandItem", { domain: label(demand.domain), level: tr(`demandLevel.${demand.level}`) }))
                        .join("; ")
                    : t("noDemands")}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("noneListed")}</p>
        )}
      </section>

      <section aria-labelledby="vacancy-skills" className="mb-8 max-w-3xl">
        <h2 id="vacancy-skills" className="mb-2 text-2xl font-bold">
          {t("skillsTitle")}
        </h2>
        {vacancy.skills.length > 0 ? (
          <ul className="list-disc space-y-1 pl-6">
            {vacancy.skills.map((item) => (
              <li key={item.skill.id}>
                {t("skillItem", {
                  skill: label(item.skill),
                  level: tr(`skillLevel.${item.minLevel}`),
                  requirement: tm(`requirement.${item.required ? "required" : "preferred"}`),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noneListed")}</p>
        )}
      </section>

      {[
        { id: "vacancy-accommodations", title: t("accommodationsTitle"), items: accommodations },
        { id: "vacancy-access-features", title: t("accessFeaturesTitle"), items: accessFeatures },
      ].map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="mb-8 max-w-3xl">
          <h2 id={section.id} className="mb-2 text-2xl font-bold">
            {section.title}
          </h2>
          {section.items.length > 0 ? (
            <ul className="list-disc space-y-1 pl-6">
              {section.items.map((item) => (
                <li key={item.id}>{label(item)}</li>
              ))}
            </ul>
          ) : (
            <p>{t("noneListed")}</p>
          )}
        </section>
      ))}
    </>
  );
}
