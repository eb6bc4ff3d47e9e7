import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { LoginForm } from "@/components/auth/login-form";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.login" });
  return { title: t("title") };
}

export default async function LoginPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.login");

  return (
    <div className="max-w-xl">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <LoginForm />
      <p className="mt-6">
        {t("noAccount")} <Link href="/register">{t("registerLink")}</Link>
      </p>
    </div>
  );
}
