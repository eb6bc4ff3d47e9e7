import type { CompanyInput } from "./schemas";

// Company columns that the employer's form sets, written the same way on create and on update.
// Verification status, membership and access features are left to the caller.
export function companyColumns(input: CompanyInput) {
  return {
    name: input.name,
    nib: input.nib,
    sector: input.sector,
    industry: input.industry,
    headcount: input.headcount,
    employeesWithDisabilities: input.employeesWithDisabilities,
    cityCode: input.cityCode,
    address: input.address,
    accessibilityNotes: input.accessibilityNotes,
  };
}
