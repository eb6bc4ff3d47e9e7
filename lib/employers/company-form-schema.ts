import type { EmployerActor } from "@/lib/auth/actor";
import type { Database } from "@/lib/db/create-client";
import { whenFieldsValid } from "@/lib/forms/field-schemas";

import { companyInputSchema } from "./schemas";

// The server action's schema of the company form: the shared field rules plus a check that no
// other company uses the NIB, so a taken NIB shows with every other error of the same submit. The
// unique index still decides a race, and createCompany and updateCompany report it on the NIB too.
export function companyFormSchema(options: { db: Database; actor: EmployerActor }) {
  const { db, actor } = options;

  return companyInputSchema.refine(
    async (input) => {
      const other = await db.company.findFirst({
        where: { nib: input.nib, ...(actor.companyId ? { id: { not: actor.companyId } } : {}) },
        select: { id: true },
      });
      return other === null;
    },
    { error: "employer.errors.nibTaken", path: ["nib"], when: whenFieldsValid("nib") },
  );
}
