"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { formatDateInZone } from "@/lib/applications/deadline";
import { AlreadyAppliedError, applicationInputSchema, submitApplication } from "@/lib/applications/submit-application";
import { requireSeeker } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { appErrorState, parseForm } from "@/lib/forms/parse-form";
import type { Locale } from "@/lib/i18n/routing";

const applyFormSchema = applicationInputSchema.extend({ vacancyId: z.string().min(1) });

export async function applyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSeeker();
  const parsed = await parseForm(applyFormSchema, formData);
  if (!parsed.ok) return parsed.state;
  const locale = (await getLocale()) as Locale;

  try {
    await submitApplication({
      db: getPrisma(),
      actor,
      vacancyId: parsed.data.vacancyId,
      coverLetter: parsed.data.coverLetter,
      now: new Date(),
    });
  } catch (error) {
    if (error instanceof AlreadyAppliedError) {
      const t = await getTranslations("seeker.apply.errors");
      const date = formatDateInZone(error.appliedAt, locale, error.timeZone);
      return { status: "error", fieldErrors: {}, formError: t("alreadyApplied", { date }), values: parsed.values };
    }
    if (isAppError(error)) return appErrorState(error, parsed.values, "vacancies.apply");
    throw error;
  }

  redirect(`/${locale}/seeker/applications?submitted=1`);
}
