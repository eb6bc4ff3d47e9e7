import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";

// Checks that the chosen city exists and that every ticked box is a workplace access feature, so a
// forged form fails with a field error instead of a foreign-key failure.
export async function checkCompanyReferences(db: Pick<Database, "city" | "accommodation">, input: { cityCode: string; accessFeatures: string[] }) {
  const city = await db.city.findUnique({ where: { code: input.cityCode }, select: { code: true } });
  if (!city) {
    throw new AppError("invalid_input", "employer.errors.cityRequired", `unknown city ${input.cityCode}`, "cityCode");
  }

  const unique = [...new Set(input.accessFeatures)];
  if (unique.length === 0) return unique;
  const known = await db.accommodation.count({ where: { id: { in: unique }, kind: "access_feature" } });
  if (known !== unique.length) {
    throw new AppError("invalid_input", "employer.errors.accessFeaturesInvalid", "unknown access feature id", "accessFeatures");
  }
  return unique;
}
