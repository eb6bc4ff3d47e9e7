import { getTranslations } from "next-intl/server";

import { signOutAction } from "@/app/[locale]/(auth)/actions";
import { getActor, type Actor } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";

import { LanguageSwitcher } from "./language-switcher";

type NavItem = { href: string; key: string };

const navByRole: Record<Actor["role"], NavItem[]> = {
  seeker: [
    { href: "/seeker/vacancies", key: "vacancies" },
    { href: "/seeker/applications", key: "applications" },
    { href: "/seeker/profile", key: "profile" },
  ],
  employer: [
    { href: "/employer", key: "dashboard" },
    { href: "/employer/vacancies", key: "vacancies" },
    { href: "/employer/company", key: "company" },
  ],
  city_officer: [
    { href: "/office", key: "dashboard" },
    { href: "/office/placements", key: "placements" },
  ],
  admin: [{ href: "/office", key: "dashboard" }],
};

export async function SiteHeader() {
  const t = await getTranslations("common");
  const actor = await getActor();
  const items = actor ? navByRole[actor.role] : [];

  return (
    <header className="bg-blue-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline">
          {t("siteName")}
        </Link>
        <LanguageSwitcher />
      </div>
      <div className="border-t border-blue-700">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
          <nav aria-label={t("nav.label")}>
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="inline-block min-h-6 text-white">
                    {t(`nav.${item.key}`)}
                  </Link>
                </li>
              ))}
              {actor ? null : (
                <>
                  <li>
                    <Link href="/login" className="inline-block min-h-6 text-white">
                      {t("nav.login")}
                    </Link>
                  </li>
                  <li>
                    <Link href="/register" className="inline-block min-h-6 text-white">
                      {t("nav.register")}
                    </Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          {actor ? (
            <form action={signOutAction} className="flex items-center gap-3">
              <span>{t("signedInAs", { name: actor.name })}</span>
              <button type="submit" className="min-h-6 underline">
                {t("nav.logout")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </header>
  );
}
