"use client";

import { useTranslations } from "next-intl";

import { Link, usePathname } from "@/lib/i18n/navigation";

const items = [
  { href: "/office", key: "dashboard" },
  { href: "/office/companies", key: "companies" },
  { href: "/office/seekers", key: "seekers" },
  { href: "/office/placements", key: "placements" },
] as const;

// Section menu of the ULD pages; the current section is marked for screen readers too.
export function OfficeNav() {
  const t = useTranslations("office.nav");
  const pathname = usePathname();

  return (
    <nav aria-label={t("label")} className="mb-8 border-b-2 border-gray-300 pb-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {items.map((item) => {
          const current = item.href === "/office" ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block min-h-6 ${current ? "font-bold no-underline" : ""}`}
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
