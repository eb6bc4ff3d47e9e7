"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import type { FormState } from "@/lib/forms/form-state";

// GOV.UK error summary: focused when it appears, links to each field, and prefixes the page title
// with "Error:" so screen reader users hear the failure first.
export function ErrorSummary({ state }: { state: FormState }) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(state.fieldErrors);
  const hasErrors = state.status === "error" && (entries.length > 0 || Boolean(state.formError));

  useEffect(() => {
    if (!hasErrors) return;
    ref.current?.focus();
    const prefix = `${t("errors.titlePrefix")}: `;
    const original = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = prefix + original;
    return () => {
      document.title = original;
    };
  }, [hasErrors, state, t]);

  if (!hasErrors) return null;

  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-400"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t("errors.summaryTitle")}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {state.formError ? <li className="font-bold text-red-800">{state.formError}</li> : null}
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`} className="font-bold text-red-800 underline">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}
