import { localDate } from "@/lib/applications/deadline";
import type { TimeZone } from "@/lib/generated/prisma/enums";

// A new or changed deadline must be today or later in the vacancy city's zone, the zone in which
// applications close. A saved deadline that is sent back unchanged is accepted even when it
// passed, so an old vacancy can still be corrected.
export function isDeadlineAccepted(options: { deadline: Date; savedDeadline: Date | null; zone: TimeZone; now: Date }): boolean {
  const { deadline, savedDeadline, zone, now } = options;
  if (savedDeadline !== null && deadline.getTime() === savedDeadline.getTime()) return true;
  return deadline.getTime() >= localDate(zone, now).getTime();
}
