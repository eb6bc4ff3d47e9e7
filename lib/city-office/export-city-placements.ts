import type { CityOfficerActor } from "../auth/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Database } from "../db/create-client";
import { toCsvDocument } from "./csv";
import { listCityPlacements, type CityPlacement } from "./list-city-placements";
import { getOfficerCity } from "./officer-city";
import { retentionSchedule } from "./retention-schedule";
import { calendarDateInZone, isoDate } from "./time-zones";

// Column headings in the reader's language, taken from the office catalog by the caller.
export type PlacementCsvHeadings = {
  seekerName: string;
  vacancyTitle: string;
  companyName: string;
  occupationCode: string;
  occupationTitle: string;
  hiredOn: string;
  // One heading per follow-up, in the order 1, 3, 6, 12 months.
  followUps: [string, string, string, string];
};

export type ExportCityPlacementsOptions = {
  db: Database;
  actor: CityOfficerActor;
  locale: "id" | "en";
  headings: PlacementCsvHeadings;
  // Start of the file name before the city code, for example "penempatan".
  fileNamePrefix: string;
  now?: Date;
};

export type CsvExport = { fileName: string; content: string };

// Builds the placements CSV of the officer's city and records the download in the AuditLog,
// because the file carries personal data out of the portal. Dates are ISO (YYYY-MM-DD) so
// spreadsheets read them as dates, and the file name has the city code and the date in the city.
export async function exportCityPlacements(options: ExportCityPlacementsOptions): Promise<CsvExport> {
  const city = await getOfficerCity({ db: options.db, actor: options.actor });
  const placements = await listCityPlacements({ db: options.db, actor: options.actor, ianaZone: city.ianaZone });

  const { headings } = options;
  const header = [
    headings.seekerName,
    headings.vacancyTitle,
    headings.companyName,
    headings.occupationCode,
    headings.occupationTitle,
    headings.hiredOn,
    ...headings.followUps,
  ];
  const rows = placements.map((placement) => placementRow(placement, options.locale));

  const today = isoDate(calendarDateInZone(options.now ?? new Date(), city.ianaZone));
  const fileName = `${options.fileNamePrefix}-${city.code}-${today}.csv`;

  await recordAuditEvent({
    db: options.db,
    actorId: options.actor.userId,
    action: AUDIT_ACTIONS.placementsExported,
    entityType: "City",
    entityId: city.code,
    cityCode: city.code,
    metadata: { fileName, rowCount: rows.length },
  });
  return { fileName, content: toCsvDocument(header, rows) };
}

function placementRow(placement: CityPlacement, locale: "id" | "en"): string[] {
  // Without a recorded hire date there is nothing to schedule from, so those cells stay empty.
  const followUps = placement.hiredOn ? retentionSchedule(placement.hiredOn).map((check) => isoDate(check.dueOn)) : ["", "", "", ""];
  return [
    placement.seekerName,
    placement.vacancyTitle,
    placement.companyName,
    placement.occupationCode,
    locale === "id" ? placement.occupationTitleId : placement.occupationTitleEn,
    placement.hiredOn ? isoDate(placement.hiredOn) : "",
    ...followUps,
  ];
}
