import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import type { TimeZone } from "@/lib/generated/prisma/enums";

import type { VacancyInput } from "./schemas";

type ReferenceReader = Pick<Database, "city" | "occupation" | "skill" | "accommodation">;

// Checks every id the form sent against the reference tables, so a forged form fails with a
// field error instead of a foreign-key failure. Returns the vacancy city's time zone.
export async function checkVacancyReferences(db: ReferenceReader, input: VacancyInput): Promise<{ timeZone: TimeZone }> {
  const city = await db.city.findUnique({
    where: { code: input.cityCode },
    select: { province: { select: { timeZone: true } } },
  });
  if (!city) throw new AppError("invalid_input", "vacancies.errors.cityRequired", `unknown city ${input.cityCode}`, "cityCode");

  const occupation = await db.occupation.findFirst({ where: { code: input.occupationCode, level: 4 }, select: { code: true } });
  if (!occupation) {
    throw new AppError("invalid_input", "vacancies.errors.occupationRequired", `unknown occupation ${input.occupationCode}`, "occupationCode");
  }

  const skillIds = input.skills.map((skill) => skill.skillId);
  if (skillIds.length > 0 && (await db.skill.count({ where: { id: { in: skillIds } } })) !== skillIds.length) {
    throw new AppError("invalid_input", "vacancies.errors.skillsInvalid", "unknown skill id", "skills");
  }

  const accommodationIds = [...new Set(input.accommodations)];
  if (accommodationIds.length > 0 && (await db.accommodation.count({ where: { id: { in: accommodationIds } } })) !== accommodationIds.length) {
    throw new AppError("invalid_input", "vacancies.errors.accommodationsInvalid", "unknown accommodation id", "accommodations");
  }

  return { timeZone: city.province.timeZone };
}
