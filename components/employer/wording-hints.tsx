"use client";

import { useTranslations } from "next-intl";

import type { WordingIssue } from "@/lib/vacancies/inclusive-wording";

// Suggestions for exclusionary wording, with the reason and an inclusive alternative. They are
// advice only: the save actions do not check the wording.
export function WordingHints({ issues }: { issues: WordingIssue[] }) {
  const t = useTranslations("vacancies.wording");
  if (issues.length === 0) return null;

  return (
    <section aria-labelledby="wording-hints-heading" className="mb-6 border-l-4 border-yellow-600 bg-yellow-50 p-4">
      <h3 id="wording-hints-heading" className="mb-2 text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="mb-3">{t("intro")}</p>
      <ul className="space-y-3">
        {issues.map((issue) => (
          <li key={`${issue.field}-${issue.rule}-${issue.excerpt}`}>
            <p className="font-bold">{t("found", { excerpt: issue.excerpt, field: issue.field })}</p>
            <p>{t(`rules.${issue.rule}.reason`)}</p>
            <p>
              <span className="font-bold">{t("alternativeLabel")}</span> {t(`rules.${issue.rule}.alternative`)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
