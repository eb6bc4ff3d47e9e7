import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { RegisterForm } from "@/components/auth/register-form";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ role?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.register" });
  return { title: t("title") };
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { role } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("auth.register");

  return (
    <div className="max-w-xl">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <RegisterForm defaultRole={role === "seeker" || role === "employer" ? role : undefined} />
      <p className="mt-6">
        {t("haveAccount")} <Link href="/login">{t("loginLink")}</Link>
      </p>
    </div>
  );
}
