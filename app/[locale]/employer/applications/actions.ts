"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";

import { applicationStatusChangeInputSchema, changeApplicationStatus } from "@/lib/applications/change-application-status";
import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { appErrorState, parseForm } from "@/lib/forms/parse-form";

// The application id comes from a hidden field that anyone can edit. The service only finds
// applications to vacancies of the employer's own company, so a forged id changes nothing.
export async function changeApplicationStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireEmployer();
  const parsed = await parseForm(applicationStatusChangeInputSchema, formData);
  if (!parsed.ok) return parsed.state;

  const { applicationId, fromStatus, toStatus, note } = parsed.data;
  try {
    await changeApplicationStatus({ db: getPrisma(), actor, applicationId, fromStatus, toStatus, note });
  } catch (error) {
    if (isAppError(error)) return appErrorState(error, parsed.values, "employer.applications.changeStatus");
    throw error;
  }

  const locale = await getLocale();
  redirect(`/${locale}/employer/applications/${applicationId}?changed=${toStatus}`);
}
