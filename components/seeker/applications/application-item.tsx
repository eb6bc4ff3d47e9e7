import { useLocale, useTranslations } from "next-intl";

import { formatDateInZone, IANA_TIME_ZONES } from "@/lib/applications/deadline";
import type { SeekerApplicationSummary } from "@/lib/applications/list-seeker-applications";
import { formatDateTime } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

// One application with its current status and its history. Times are shown in the vacancy city's
// zone, with the zone's name, because the seeker and the employer may live in different zones.
export function ApplicationItem({ application }: { application: SeekerApplicationSummary }) {
  const t = useTranslations("seeker.applications");
  const tr = useTranslations("reference");
  const locale = useLocale() as Locale;
  const { vacancy } = application;
  const titleId = `application-${application.id}-title`;
  const historyId = `application-${application.id}-history`;
  const when = (date: Date) => `${formatDateTime(date, locale, IANA_TIME_ZONES[vacancy.timeZone])} ${tr(`timeZoneShort.${vacancy.timeZone}`)}`;

  return (
    <article aria-labelledby={titleId} className="border-2 border-gray-300 p-4">
      <h2 id={titleId} className="mb-2 text-xl font-bold">
        <Link href={`/vacancies/${vacancy.id}`}>{vacancy.title}</Link>
      </h2>
      <dl className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">{t("company")}</dt>
        <dd>{vacancy.companyName}</dd>
        <dt className="font-bold">{t("city")}</dt>
        <dd>{vacancy.cityName}</dd>
        <dt className="font-bold">{t("status")}</dt>
        <dd>{tr(`applicationStatus.${application.status}`)}</dd>
        <dt className="font-bold">{t("appliedOn")}</dt>
        <dd>{formatDateInZone(application.createdAt, locale, vacancy.timeZone)}</dd>
      </dl>
      <h3 id={historyId} className="mb-1 font-bold">
        {t("historyTitle")}
      </h3>
      <ol aria-labelledby={historyId} className="list-decimal space-y-1 pl-6">
        {application.history.map((entry) => (
          <li key={entry.id}>
            {t("historyEntry", {
              status: tr(`applicationStatus.${entry.toStatus}`),
              role: tr(`role.${entry.changedByRole}`),
              when: when(entry.changedAt),
            })}
          </li>
        ))}
      </ol>
    </article>
  );
}
