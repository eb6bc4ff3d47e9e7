import { getTranslations } from "next-intl/server";

import type { QuotaStatus } from "@/lib/employers/quota";
import type { CompanySector } from "@/lib/generated/prisma/enums";

// The UU No. 8/2016 Pasal 53 quota of a company, as a description list with the rule in words.
export async function QuotaSummary({ sector, headcount, quota }: { sector: CompanySector; headcount: number; quota: QuotaStatus }) {
  const t = await getTranslations("employer.dashboard.quota");
  return (
    <section aria-labelledby="quota-heading" className="mb-8">
      <h2 id="quota-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-3xl">{t("rule", { sector: sector === "private" ? "private" : "public", percent: quota.percent })}</p>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-bold">{t("headcount")}</dt>
        <dd>{headcount}</dd>
        <dt className="font-bold">{t("obligation")}</dt>
        <dd>{t("people", { count: quota.obligation })}</dd>
        <dt className="font-bold">{t("employed")}</dt>
        <dd>{t("people", { count: quota.employed })}</dd>
        <dt className="font-bold">{t("gap")}</dt>
        <dd>{t("people", { count: quota.gap })}</dd>
      </dl>
      <p className={`mt-4 border-l-4 p-3 font-bold ${quota.met ? "border-green-800 bg-green-50" : "border-yellow-600 bg-yellow-50"}`}>
        {quota.met ? t("met") : t("notMet", { count: quota.gap })}
      </p>
    </section>
  );
}
