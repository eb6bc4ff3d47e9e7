"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";

import { requireSeeker } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/prisma";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState, FormValues } from "@/lib/forms/form-state";
import { appErrorState, parseForm } from "@/lib/forms/parse-form";
import { nextStep, profileStepPath, type ProfileStep } from "@/lib/seekers/profile-steps";
import { saveAboutStep } from "@/lib/seekers/save-about-step";
import { saveAccommodationsStep } from "@/lib/seekers/save-accommodations-step";
import { saveDisabilityStep } from "@/lib/seekers/save-disability-step";
import { saveDisclosureStep } from "@/lib/seekers/save-disclosure-step";
import { saveFunctioningStep } from "@/lib/seekers/save-functioning-step";
import { saveSkillsStep } from "@/lib/seekers/save-skills-step";
import {
  aboutStepInputSchema,
  accommodationsStepInputSchema,
  disabilityStepInputSchema,
  disclosureStepInputSchema,
  functioningStepInputSchema,
  skillsStepInputSchema,
  toAboutStepInput,
  toAccommodationsStepInput,
  toDisabilityStepInput,
  toDisclosureStepInput,
  toFunctioningStepInput,
  toSkillsStepInput,
} from "@/lib/seekers/schemas";

// Runs one step's save and maps expected failures back onto the form. On success the pressed
// button decides where to go: the next step, or the overview to continue later.
async function saveStep(step: ProfileStep, formData: FormData, values: FormValues, save: () => Promise<unknown>): Promise<FormState> {
  try {
    await save();
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.messageKey === "seeker.errors.profileMissing") {
      redirect(`/${await getLocale()}${profileStepPath("about")}`);
    }
    return appErrorState(error, values, `seeker.profile.${step}`);
  }

  const locale = await getLocale();
  const next = nextStep(step);
  const goOn = formData.get("intent") !== "later" && next !== null;
  redirect(`/${locale}${goOn ? profileStepPath(next) : "/seeker/profile?saved=1"}`);
}

export async function saveAboutAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSeeker();
  const parsed = await parseForm(aboutStepInputSchema, formData, toAboutStepInput);
  if (!parsed.ok) return parsed.state;
  return saveStep("about", formData, parsed.values, () => saveAboutStep({ db: getPrisma(), actor, input: parsed.data }));
}

export async function saveSkillsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSeeker();
  const parsed = await parseForm(skillsStepInputSchema, formData, toSkillsStepInput);
  if (!parsed.ok) return parsed.state;
  return saveStep("skills", formData, parsed.values, () => saveSkillsStep({ db: getPrisma(), actor, input: parsed.data }));
}

export async function saveDisabilityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSeeker();
  const parsed = await parseForm(disabilityStepInputSchema, formData, toDisabilityStepInput);
  if (!parsed.ok) return parsed.state;
  return saveStep("disability", formData, parsed.values, () =>
    saveDisabilityStep({ db: getPrisma(), actor, input: parsed.data, now: new Date() }),
  );
}

export async function saveFunctioningAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSeeker();
  const parsed = await parseForm(functioningStepInputSchema, formData, toFunctioningStepInput);
  if (!parsed.ok) return parsed.state;
  return saveStep("functioning", formData, parsed.values, () =>
    saveFunctioningStep({ db: getPrisma(), actor, input: parsed.data, now: new Date() }),
  );
}

export async function saveAccommodationsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSeeker();
  const parsed = await parseForm(accommodationsStepInputSchema, formData, toAccommodationsStepInput);
  if (!parsed.ok) return parsed.state;
  return saveStep("accommodations", formData, parsed.values, () =>
    saveAccommodationsStep({ db: getPrisma(), actor, input: parsed.data }),
  );
}

export async function saveDisclosureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireSeeker();
  const parsed = await parseForm(disclosureStepInputSchema, formData, toDisclosureStepInput);
  if (!parsed.ok) return parsed.state;
  return saveStep("disclosure", formData, parsed.values, () =>
    saveDisclosureStep({ db: getPrisma(), actor, input: parsed.data, now: new Date() }),
  );
}
