import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireCityOfficer } from "@/lib/auth/actor";
import { listCityCompanies } from "@/lib/city-office/list-city-companies";
import { getOfficerCity } from "@/lib/city-office/officer-city";
import { calendarDateInZone } from "@/lib/city-office/time-zones";
import { getPrisma } from "@/lib/db/prisma";
import { formatDate } from "@/lib/format";
import { VerificationStatus } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

import { orNotFound } from "../or-not-found";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[] }> };

const statuses = Object.values(VerificationStatus);

// An unknown or repeated ?status= shows every company rather than an error.
function readStatus(value: string | string[] | undefined): VerificationStatus | undefined {
  return statuses.find((status) => status === value);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "office.companies" });
  return { title: t("title") };
}

export default async function OfficeCompaniesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const officer = await requireCityOfficer();
  const status = readStatus((await searchParams).status);

  const db = getPrisma();
  const city = await orNotFound(getOfficerCity({ db, actor: officer }));
  const companies = await listCityCompanies({ db, actor: officer, status });
  const t = await getTranslations("office.companies");
  const tReference = await getTranslations("reference");
  const displayLocale = locale as Locale;

  const filters = [
    { value: undefined, label: t("filterAll") },
    ...statuses.map((value) => ({ value, label: tReference(`verificationStatus.${value}`) })),
  ];

  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro", { city: city.name })}</p>

      <nav aria-label={t("filterLabel")} className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {filters.map((filter) => (
            <li key={filter.value ?? "all"}>
              <Link
                href={filter.value ? { pathname: "/office/companies", query: { status: filter.value } } : "/office/companies"}
                aria-current={filter.value === status ? "page" : undefined}
                className={`inline-block min-h-6 ${filter.value === status ? "font-bold no-underline" : ""}`}
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {companies.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ScrollRegion label={t("region")}>
          <table className="min-w-full border-collapse text-left">
            <caption className="sr-only">
              {status
                ? t("captionFiltered", { city: city.name, status: tReference(`verificationStatus.${status}`) })
                : t("caption", { city: city.name })}
            </caption>
            <thead>
              <tr className="border-b-2 border-gray-900 align-bottom">
                <th scope="col" className="py-2 pr-4">
                  {t("columns.name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.sector")}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t("columns.headcount")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("columns.status")}
                </th>
                <th scope="col" className="py-2">
                  {t("columns.registered")}
                </th>
              </tr>
            </thead>
            <tbody>
              {companies.map((company) => (
                <tr key={company.id} className="border-b border-gray-300 align-top">
                  <th scope="row" className="py-2 pr-4">
                    <Link href={`/office/companies/${company.id}`} className="inline-block min-h-6">
                      {company.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{tReference(`companySector.${company.sector}`)}</td>
                  <td className="py-2 pr-4 text-right">{company.headcount}</td>
                  <td className="py-2 pr-4">{tReference(`verificationStatus.${company.verificationStatus}`)}</td>
                  <td className="py-2 whitespace-nowrap">{formatDate(calendarDateInZone(company.createdAt, city.ianaZone), displayLocale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
