import type { TimeZone } from "../generated/prisma/enums";

// IANA zones for Indonesia's three legal time zones: WIB is UTC+7, WITA UTC+8 and WIT UTC+9,
// none of them with daylight saving time.
const ianaZones: Record<TimeZone, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};

export function ianaZoneFor(zone: TimeZone): string {
  return ianaZones[zone];
}

// Converts an instant to the calendar date it falls on in `ianaZone`, as a Date at midnight UTC:
// the same shape Prisma returns for a DATE column, which formatDate shows without shifting the day.
export function calendarDateInZone(instant: Date, ianaZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: ianaZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((item) => item.type === type)?.value);
  return new Date(Date.UTC(part("year"), part("month") - 1, part("day")));
}

// Formats a date-only value (midnight UTC) as YYYY-MM-DD, the form spreadsheets read as a date.
export function isoDate(calendarDate: Date): string {
  return calendarDate.toISOString().slice(0, 10);
}
