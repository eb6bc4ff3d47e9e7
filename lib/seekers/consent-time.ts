import "server-only";

import { getTranslations } from "next-intl/server";

import { IANA_TIME_ZONES } from "@/lib/applications/deadline";
import { formatDateTime } from "@/lib/format";
import type { TimeZone } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

// The consent time in the seeker's home zone with the zone's name, such as "26 Oktober 2026
// pukul 19.44 WIB", so the seeker can tell exactly when consent was recorded.
export async function formatConsentTime(consentedAt: Date | null, locale: Locale, zone: TimeZone): Promise<string | null> {
  if (!consentedAt) return null;
  const t = await getTranslations({ locale, namespace: "reference" });
  return `${formatDateTime(consentedAt, locale, IANA_TIME_ZONES[zone])} ${t(`timeZoneShort.${zone}`)}`;
}
