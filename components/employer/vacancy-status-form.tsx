"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { changeVacancyStatusAction } from "@/app/[locale]/employer/vacancies/actions";
import { initialFormState } from "@/lib/forms/form-state";
import type { VacancyStatus } from "@/lib/generated/prisma/enums";
import type { VacancyStatusAction } from "@/lib/vacancies/change-vacancy-status";

const actionByStatus: Record<VacancyStatus, VacancyStatusAction> = { draft: "publish", open: "close", closed: "reopen" };

// One button per row that publishes, closes or reopens the vacancy; a refusal shows beside it.
export function VacancyStatusForm({ vacancyId, title, status }: { vacancyId: string; title: string; status: VacancyStatus }) {
  const t = useTranslations("vacancies.list");
  const [state, formAction, pending] = useActionState(changeVacancyStatusAction, initialFormState);
  const action = actionByStatus[status];
  const errorId = `vacancy-status-error-${vacancyId}`;

  return (
    <form action={formAction}>
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <input type="hidden" name="action" value={action} />
      <button
        type="submit"
        aria-disabled={pending}
        aria-label={t("actionLabel", { action: t(action), title })}
        aria-describedby={state.formError ? errorId : undefined}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
        className="min-h-11 bg-gray-200 px-4 py-2 font-bold text-gray-900 shadow-[0_2px_0_#383f43] hover:bg-gray-300"
      >
        {t(action)}
      </button>
      {state.formError ? (
        <p id={errorId} role="alert" className="mt-1 max-w-xs font-bold text-red-800">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
