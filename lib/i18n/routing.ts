import { defineRouting } from "next-intl/routing";

export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];

// Indonesian is the default: the first users are Indonesian city offices and their residents.
export const routing = defineRouting({ locales, defaultLocale: "id", localePrefix: "always" });
