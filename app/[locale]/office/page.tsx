import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ScrollRegion } from "@/components/ui/scroll-region";
import { getActor, requireCityOfficer } from "@/lib/auth/actor";
import { getCityDashboard } from "@/lib/city-office/get-city-dashboard";
import { calendarDateInZone } from "@/lib/city-office/time-zones";
import { getPrisma } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

import { orNotFound } from "./or-not-found";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "office" });
  const actor = await getActor();
  return { title: actor?.role === "admin" ? t("admin.title") : t("dashboard.title") };
}

export default async function OfficeDashboardPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);

  // Admins land here after signing in but have no city; they get a pointer to their tool instead.
  const actor = await getActor();
  if (actor?.role === "admin") return <AdminNote />;

  const officer = await requireCityOfficer();
  const dashboard = await orNotFound(getCityDashboard({ db: getPrisma(), actor: officer }));
  const t = await getTranslations("office.dashboard");
  const tReference = await getTranslations("reference");
  const displayLocale = locale as Locale;

  const counts = [
    { key: "seekers", value: dashboard.counts.seekers },
    { key: "openVacancies", value: dashboard.counts.openVacancies },
    { key: "applications", value: dashboard.counts.applications },
    { key: "placements", value: dashboard.counts.placements },
  ] as const;

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-1 text-xl">{t("cityLine", { city: dashboard.city.name, province: dashboard.city.provinceName })}</p>
      <p className="mb-8 text-gray-700">{t("timeZoneNote", { zone: tReference(`timeZone.${dashboard.city.timeZone}`) })}</p>

      <section aria-labelledby="counts-title" className="mb-10">
        <h2 id="counts-title" className="mb-4 text-2xl font-bold">
          {t("countsTitle")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {counts.map((count) => (
            <div key={count.key} className="border-l-4 border-blue-900 bg-gray-50 p-4">
              <dt className="font-bold">{t(`counts.${count.key}`)}</dt>
              <dd className="text-4xl font-bold">{count.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 max-w-3xl text-gray-700">{t("countsNote")}</p>
      </section>

      <section aria-labelledby="by-status-title" className="mb-10">
        <h2 id="by-status-title" className="mb-4 text-2xl font-bold">
          {t("byStatusTitle")}
        </h2>
        <ScrollRegion label={t("byStatusCaption")}>
          <table className="min-w-full max-w-md border-collapse text-left">
            <caption className="sr-only">{t("byStatusCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="py-2 pr-6">
                  {t("statusColumn")}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t("countColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.applicationsByStatus.map((entry) => (
                <tr key={entry.status} className="border-b border-gray-300">
                  <th scope="row" className="py-2 pr-6 font-normal">
                    {tReference(`applicationStatus.${entry.status}`)}
                  </th>
                  <td className="py-2 text-right">{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="pending-title" className="mb-10">
        <h2 id="pending-title" className="mb-4 text-2xl font-bold">
          {t("pendingTitle")}
        </h2>
        {dashboard.pendingCompanies.length === 0 ? (
          <p>{t("pendingNone")}</p>
        ) : (
          <>
            <ul className="mb-4 space-y-2">
              {dashboard.pendingCompanies.map((company) => (
                <li key={company.id}>
                  <Link href={`/office/companies/${company.id}`} className="inline-block min-h-6 font-bold">
                    {company.name}
                  </Link>{" "}
                  ({t("pendingRegistered", { date: formatDate(calendarDateInZone(company.createdAt, dashboard.city.ianaZone), displayLocale) })})
                </li>
              ))}
            </ul>
            <Link href={{ pathname: "/office/companies", query: { status: "pending" } }} className="inline-block min-h-6">
              {t("pendingAll", { count: dashboard.pendingCompanyCount })}
            </Link>
          </>
        )}
      </section>

      <section aria-labelledby="recent-title" className="mb-10">
        <h2 id="recent-title" className="mb-4 text-2xl font-bold">
          {t("recentTitle")}
        </h2>
        {dashboard.recentPlacements.length === 0 ? (
          <p>{t("recentNone")}</p>
        ) : (
          <ul className="mb-4 space-y-2">
            {dashboard.recentPlacements.map((placement) => (
              <li key={placement.applicationId}>
                {t("recentLine", { seeker: placement.seekerName, company: placement.companyName, vacancy: placement.vacancyTitle })}
                {", "}
                {placement.hiredOn ? t("recentHired", { date: formatDate(placement.hiredOn, displayLocale) }) : t("recentHiredUnknown")}
              </li>
            ))}
          </ul>
        )}
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/office/placements" className="inline-block min-h-6">
            {t("allPlacements")}
          </Link>
          <Link href="/office/seekers" className="inline-block min-h-6">
            {t("seekersLink")}
          </Link>
        </p>
      </section>
    </>
  );
}

async function AdminNote() {
  const t = await getTranslations("office.admin");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("body")}</p>
      <ScrollRegion label={t("commandLabel")}>
        <pre className="mb-4 bg-gray-100 p-4">
          <code>{t("command")}</code>
        </pre>
      </ScrollRegion>
      <p className="max-w-3xl">{t("passwordNote")}</p>
    </>
  );
}
