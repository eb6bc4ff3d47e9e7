import { getLocale, getTranslations } from "next-intl/server";

import { IANA_TIME_ZONES } from "@/lib/applications/deadline";
import { formatDateTime } from "@/lib/format";
import type { ApplicationStatus, Role, TimeZone } from "@/lib/generated/prisma/enums";
import { ScrollRegion } from "@/components/ui/scroll-region";

type HistoryRow = {
  id: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  changedAt: Date;
  note: string;
  changedBy: { name: string; role: Role };
};

// Every status change of an application with who made it and when, in the vacancy city's zone.
export async function StatusHistoryTable({ history, timeZone }: { history: HistoryRow[]; timeZone: TimeZone }) {
  const t = await getTranslations("applications.detail");
  const tReference = await getTranslations("reference");
  const locale = (await getLocale()) === "en" ? "en" : "id";
  const zoneName = tReference(`timeZoneShort.${timeZone}`);

  return (
    <ScrollRegion label={t("historyRegion")}>
      <table className="w-full min-w-[36rem] border-collapse text-left">
        <caption className="mb-2 text-left font-bold">{t("historyCaption", { zone: zoneName })}</caption>
        <thead>
          <tr className="border-b-2 border-gray-900">
            <th scope="col" className="py-2 pr-4">{t("columns.when")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.from")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.to")}</th>
            <th scope="col" className="py-2 pr-4">{t("columns.by")}</th>
            <th scope="col" className="py-2">{t("columns.note")}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((row) => (
            <tr key={row.id} className="border-b border-gray-400 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {formatDateTime(row.changedAt, locale, IANA_TIME_ZONES[timeZone])} {zoneName}
              </th>
              <td className="py-2 pr-4">{row.fromStatus ? tReference(`applicationStatus.${row.fromStatus}`) : t("noPreviousStatus")}</td>
              <td className="py-2 pr-4">{tReference(`applicationStatus.${row.toStatus}`)}</td>
              <td className="py-2 pr-4">
                {row.changedBy.name}
                <span className="block text-sm text-gray-700">{tReference(`role.${row.changedBy.role}`)}</span>
              </td>
              <td className="py-2 whitespace-pre-line">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
