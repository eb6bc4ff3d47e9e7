// Retention follow-ups: a ULD officer checks on each placement 1, 3, 6 and 12 months after the
// hire date, because support after placement is what keeps people in work.
export const RETENTION_CHECK_MONTHS = [1, 3, 6, 12] as const;

export type RetentionCheckMonths = (typeof RETENTION_CHECK_MONTHS)[number];

export type RetentionCheck = { monthsAfterHire: RetentionCheckMonths; dueOn: Date };

// Computes the due date of each follow-up from the hire date. `hiredOn` and every `dueOn` are
// calendar dates at midnight UTC (see calendarDateInZone). A hire on a day the target month lacks
// falls due on that month's last day: 31 January plus one month is 28 or 29 February.
export function retentionSchedule(hiredOn: Date): RetentionCheck[] {
  return RETENTION_CHECK_MONTHS.map((months) => ({ monthsAfterHire: months, dueOn: addCalendarMonths(hiredOn, months) }));
}

function addCalendarMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  // Day 0 of the following month is the last day of the target month.
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDayOfTarget)));
}
