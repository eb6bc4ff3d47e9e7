import type { TimeZone } from "@/lib/generated/prisma/enums";

// Indonesia's three zones have fixed offsets and no daylight saving time.
export const TIME_ZONE_UTC_OFFSET_HOURS: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

// IANA names of the zones, for formatting instants with Intl.DateTimeFormat.
export const IANA_TIME_ZONES: Record<TimeZone, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

// A vacancy deadline is a calendar date (Postgres DATE, read as midnight UTC of that day), and
// applying stays open until the end of that day in the vacancy city's zone. Returns the first
// instant at which applications are refused: 00:00 local time of the next day.
export function applicationsCloseAt(deadline: Date, zone: TimeZone): Date {
  const startOfDeadlineDay = Date.UTC(deadline.getUTCFullYear(), deadline.getUTCMonth(), deadline.getUTCDate());
  return new Date(startOfDeadlineDay + DAY_MS - TIME_ZONE_UTC_OFFSET_HOURS[zone] * HOUR_MS);
}

export function isDeadlinePassed(options: { deadline: Date; zone: TimeZone; now: Date }): boolean {
  return options.now.getTime() >= applicationsCloseAt(options.deadline, options.zone).getTime();
}

// Returns today's calendar date in the zone as midnight UTC, the form Prisma uses for DATE
// columns, so `deadline >= localDate(zone, now)` keeps exactly the vacancies still open there.
export function localDate(zone: TimeZone, now: Date): Date {
  const shifted = new Date(now.getTime() + TIME_ZONE_UTC_OFFSET_HOURS[zone] * HOUR_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

// Formats an instant as its calendar date in the zone, such as "3 Desember 2026".
export function formatDateInZone(value: Date, locale: "id" | "en", zone: TimeZone): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: IANA_TIME_ZONES[zone],
  }).format(value);
}
