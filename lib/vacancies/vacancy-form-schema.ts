import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { whenFieldsValid } from "@/lib/forms/field-schemas";

import { isDeadlineAccepted } from "./deadline-rule";
import { vacancyInputSchema } from "./schemas";

// The server action's schema of the vacancy form: the shared field rules plus the deadline rule,
// which needs the city's time zone and, when editing, the saved deadline. The deadline rule runs
// as soon as the city and the deadline are valid, even when other fields failed, so one submit
// reports every error. createVacancy and updateVacancy apply the same rule again when they write.
export function vacancyFormSchema(options: { db: Database; actor: EmployerActor; vacancyId?: string; now: Date }) {
  const { db, actor, vacancyId, now } = options;

  return vacancyInputSchema.refine(
    async (input) => {
      const city = await db.city.findUnique({
        where: { code: input.cityCode },
        select: { province: { select: { timeZone: true } } },
      });
      // An unknown city is reported on its own field by checkVacancyReferences.
      if (!city) return true;

      const saved =
        vacancyId && actor.companyId
          ? await db.vacancy.findFirst({ where: { id: vacancyId, companyId: actor.companyId }, select: { deadline: true } })
          : null;
      return isDeadlineAccepted({ deadline: input.deadline, savedDeadline: saved?.deadline ?? null, zone: city.province.timeZone, now });
    },
    { error: "vacancies.errors.deadlinePast", path: ["deadline"], when: whenFieldsValid("cityCode", "deadline") },
  );
}
