// Demo dates are relative to the seed day so deadlines stay in the future. The day is the calendar
// date in Jakarta (WIB, UTC+7), which has no daylight saving time.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type SeedCalendar = {
  // A date-only value (UTC midnight of the calendar date), for @db.Date columns.
  date(daysFromToday: number): Date;
  // An instant on a past or future day at the given WIB hour, for timestamp columns.
  at(daysFromToday: number, hourWib: number, minute?: number): Date;
};

export function createSeedCalendar(now: Date): SeedCalendar {
  const wib = new Date(now.getTime() + WIB_OFFSET_MS);
  const todayUtcMidnight = Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate());

  return {
    date: (daysFromToday) => new Date(todayUtcMidnight + daysFromToday * DAY_MS),
    at: (daysFromToday, hourWib, minute = 0) =>
      new Date(todayUtcMidnight + daysFromToday * DAY_MS + (hourWib * 60 + minute) * 60 * 1000 - WIB_OFFSET_MS),
  };
}
