"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";

import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { appErrorState, errorState, parseForm, readFormValues } from "@/lib/forms/parse-form";
import { changeVacancyStatus, VACANCY_STATUS_ACTIONS } from "@/lib/vacancies/change-vacancy-status";
import { createVacancy } from "@/lib/vacancies/create-vacancy";
import { findExclusionaryWording } from "@/lib/vacancies/inclusive-wording";
import { toVacancyInput, type VacancyInput } from "@/lib/vacancies/schemas";
import { updateVacancy } from "@/lib/vacancies/update-vacancy";
import { vacancyFormSchema } from "@/lib/vacancies/vacancy-form-schema";

// After saving, a vacancy with wording to reconsider opens in its edit form, where the hints
// show; any other goes back to the list.
async function redirectAfterSave(vacancyId: string, input: VacancyInput): Promise<never> {
  const locale = await getLocale();
  const hasHints = findExclusionaryWording(input).length > 0;
  redirect(hasHints ? `/${locale}/employer/vacancies/${vacancyId}/edit?saved=1` : `/${locale}/employer/vacancies?saved=1`);
}

export async function createVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireEmployer();
  const db = getPrisma();
  const now = new Date();
  const parsed = await parseForm(vacancyFormSchema({ db, actor, now }), formData, toVacancyInput);
  if (!parsed.ok) return parsed.state;

  let vacancyId: string;
  try {
    ({ vacancyId } = await createVacancy({ db, actor, input: parsed.data, now }));
  } catch (error) {
    if (isAppError(error)) return appErrorState(error, parsed.values, "employer.vacancies.create");
    throw error;
  }
  return redirectAfterSave(vacancyId, parsed.data);
}

export async function updateVacancyAction(vacancyId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireEmployer();
  const db = getPrisma();
  const now = new Date();
  const parsed = await parseForm(vacancyFormSchema({ db, actor, vacancyId, now }), formData, toVacancyInput);
  if (!parsed.ok) return parsed.state;

  try {
    await updateVacancy({ db, actor, vacancyId, input: parsed.data, now });
  } catch (error) {
    if (isAppError(error)) return appErrorState(error, parsed.values, "employer.vacancies.update");
    throw error;
  }
  return redirectAfterSave(vacancyId, parsed.data);
}

const statusChangeSchema = z.object({ vacancyId: z.string().min(1), action: z.enum(VACANCY_STATUS_ACTIONS) });

export async function changeVacancyStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireEmployer();
  const values = readFormValues(formData);
  const parsed = statusChangeSchema.safeParse(values);
  if (!parsed.success) return errorState(values, { key: "vacancies.errors.notFound" });

  try {
    await changeVacancyStatus({ db: getPrisma(), actor, vacancyId: parsed.data.vacancyId, action: parsed.data.action, now: new Date() });
  } catch (error) {
    if (isAppError(error)) return appErrorState(error, values, "employer.vacancies.changeStatus", { asFormError: true });
    throw error;
  }
  const locale = await getLocale();
  redirect(`/${locale}/employer/vacancies?changed=${parsed.data.action}`);
}
