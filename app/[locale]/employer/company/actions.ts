"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { requireEmployer } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { createCompany } from "@/lib/employers/create-company";
import { companyFormSchema } from "@/lib/employers/company-form-schema";
import { toCompanyInput } from "@/lib/employers/schemas";
import { updateCompany } from "@/lib/employers/update-company";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { appErrorState, parseForm } from "@/lib/forms/parse-form";

// Creates the employer's company on the first save and updates it afterwards. requireEmployer
// reloads the membership on every request, so the session cookie needs no new companyId.
export async function saveCompanyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireEmployer();
  const db = getPrisma();
  const parsed = await parseForm(companyFormSchema({ db, actor }), formData, toCompanyInput);
  if (!parsed.ok) return parsed.state;

  try {
    if (actor.companyId) {
      const result = await updateCompany({ db, actor, input: parsed.data });
      // The page around the form shows the verification status, which the update may change.
      revalidatePath(`/${await getLocale()}/employer/company`);
      const t = await getTranslations("employer.company");
      return {
        status: "success",
        fieldErrors: {},
        values: parsed.values,
        message: result.backToPending ? t("savedBackToPending") : t("saved"),
      };
    }
    await createCompany({ db, actor, input: parsed.data });
  } catch (error) {
    if (isAppError(error)) return appErrorState(error, parsed.values, "employer.company.save");
    throw error;
  }

  const locale = await getLocale();
  redirect(`/${locale}/employer?created=1`);
}
