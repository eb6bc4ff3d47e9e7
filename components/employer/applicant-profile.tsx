import { getLocale, getTranslations } from "next-intl/server";

import type { DisclosedSeekerParts } from "@/lib/employers/load-disclosed-seeker-parts";
import type { EducationLevel } from "@/lib/generated/prisma/enums";

export type ApplicantProfileData = {
  fullName: string;
  education: EducationLevel;
  experienceYears: number;
  summary: string;
  city: { name: string };
  skills: { level: number; skill: { id: string; labelId: string; labelEn: string } }[];
};

// What the employer may see of an applicant: the always-visible parts, and each sensitive part
// only as the seeker disclosed it. A hidden part is marked as not shared instead of looking empty.
export async function ApplicantProfile({ seeker, disclosed }: { seeker: ApplicantProfileData; disclosed: DisclosedSeekerParts }) {
  const t = await getTranslations("applications.profile");
  const tReference = await getTranslations("reference");
  const english = (await getLocale()) === "en";
  const label = (row: { labelId: string; labelEn: string }) => (english ? row.labelEn : row.labelId);
  const notShared = <span className="italic">{t("notShared")}</span>;
  const noneStated = <span className="italic">{t("noneStated")}</span>;

  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      <dt className="font-bold">{t("city")}</dt>
      <dd>{seeker.city.name}</dd>
      <dt className="font-bold">{t("education")}</dt>
      <dd>{tReference(`educationLevel.${seeker.education}`)}</dd>
      <dt className="font-bold">{t("experience")}</dt>
      <dd>{t("experienceYears", { years: seeker.experienceYears })}</dd>
      <dt className="font-bold">{t("skills")}</dt>
      <dd>
        {seeker.skills.length === 0 ? (
          noneStated
        ) : (
          <ul className="list-disc pl-5">
            {seeker.skills.map((row) => (
              <li key={row.skill.id}>{t("skillWithLevel", { skill: label(row.skill), level: tReference(`skillLevel.${row.level}`) })}</li>
            ))}
          </ul>
        )}
      </dd>
      {seeker.summary ? (
        <>
          <dt className="font-bold">{t("summary")}</dt>
          <dd className="whitespace-pre-line">{seeker.summary}</dd>
        </>
      ) : null}
      <dt className="font-bold">{t("disabilityTypes")}</dt>
      <dd>
        {disclosed.disabilityTypes === null
          ? notShared
          : disclosed.disabilityTypes.length === 0
            ? noneStated
            : disclosed.disabilityTypes.map((type) => tReference(`disabilityType.${type}`)).join(", ")}
      </dd>
      <dt className="font-bold">{t("functioning")}</dt>
      <dd>
        {disclosed.functioning === null ? (
          notShared
        ) : disclosed.functioning.length === 0 ? (
          noneStated
        ) : (
          <ul className="list-disc pl-5">
            {disclosed.functioning.map((row) => (
              <li key={row.domainId}>{t("functioningItem", { domain: label(row), level: tReference(`difficultyLevel.${row.level}`) })}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt className="font-bold">{t("accommodationNeeds")}</dt>
      <dd>
        {disclosed.accommodationNeeds === null ? (
          notShared
        ) : disclosed.accommodationNeeds.length === 0 ? (
          noneStated
        ) : (
          <ul className="list-disc pl-5">
            {disclosed.accommodationNeeds.map((need) => (
              <li key={need.id}>{label(need)}</li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
