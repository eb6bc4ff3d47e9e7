"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";

import { requireCityOfficer } from "@/lib/auth/actor";
import { companyDecisionInputSchema } from "@/lib/city-office/schemas";
import { verifyCompany } from "@/lib/city-office/verify-company";
import { getPrisma } from "@/lib/db/prisma";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { errorState, parseForm } from "@/lib/forms/parse-form";
import { getPathname } from "@/lib/i18n/navigation";
import { requestLogger } from "@/lib/logging/logger";

// Fields the form sends as hidden inputs: the officer cannot correct them, so their errors go to
// the summary as one form-level message instead of pointing at a field that is not on the page.
const hiddenFields = ["companyId", "seenUpdatedAt"];

export async function decideCompanyVerificationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const officer = await requireCityOfficer();
  const parsed = await parseForm(companyDecisionInputSchema, formData);
  if (!parsed.ok) return moveHiddenFieldErrors(parsed.state);

  const { companyId, decision, reason, seenUpdatedAt } = parsed.data;
  const log = requestLogger({ route: "office.companies.decide", userId: officer.userId, role: officer.role });
  try {
    await verifyCompany({ db: getPrisma(), actor: officer, companyId, decision, reason, seenUpdatedAt });
  } catch (error) {
    if (isAppError(error)) {
      log.warn({ companyId, decision, code: error.code, error: error.message }, "company verification decision rejected");
      return errorState(parsed.values, { field: error.field, key: error.messageKey });
    }
    throw error;
  }
  log.info({ companyId, decision }, "company verification decided");

  // Post/redirect/get: a reload shows the result instead of sending the decision again.
  const locale = await getLocale();
  redirect(getPathname({ href: { pathname: `/office/companies/${companyId}`, query: { decided: decision } }, locale }));
}

function moveHiddenFieldErrors(state: FormState): FormState {
  const fieldErrors = { ...state.fieldErrors };
  let formError = state.formError;
  for (const field of hiddenFields) {
    if (fieldErrors[field]) {
      formError ??= fieldErrors[field];
      delete fieldErrors[field];
    }
  }
  return { ...state, fieldErrors, formError };
}
