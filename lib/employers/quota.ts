import type { CompanySector } from "@/lib/generated/prisma/enums";

// UU No. 8/2016 Pasal 53: government, regional government, BUMN and BUMD employ at least 2%
// workers with disabilities, private companies at least 1%. Rates are whole percents so the
// obligation is computed in integers without floating-point rounding.
export const QUOTA_PERCENT: Record<CompanySector, number> = {
  private: 1,
  government: 2,
  state_owned: 2,
  regional_owned: 2,
};

export type QuotaStatus = {
  percent: number;
  // Whole people the company must employ: the percentage of headcount rounded up.
  obligation: number;
  employed: number;
  // People still missing to reach the obligation, never negative.
  gap: number;
  met: boolean;
};

// Returns ceil(headcount x percent / 100). A private firm of 150 owes 2, of 100 owes 1, of 0 owes 0.
export function quotaObligation(sector: CompanySector, headcount: number): number {
  if (!Number.isInteger(headcount) || headcount < 0) {
    throw new RangeError(`headcount must be a non-negative integer, got ${headcount}`);
  }
  return Math.floor((headcount * QUOTA_PERCENT[sector] + 99) / 100);
}

export function quotaStatus(company: {
  sector: CompanySector;
  headcount: number;
  employeesWithDisabilities: number;
}): QuotaStatus {
  const obligation = quotaObligation(company.sector, company.headcount);
  const employed = company.employeesWithDisabilities;
  return {
    percent: QUOTA_PERCENT[company.sector],
    obligation,
    employed,
    gap: Math.max(0, obligation - employed),
    met: employed >= obligation,
  };
}
