import type { CityOfficerActor } from "../auth/actor";
import type { Database } from "../db/create-client";
import type { CompanySector, VerificationStatus } from "../generated/prisma/enums";

export type CityCompanySummary = {
  id: string;
  name: string;
  sector: CompanySector;
  headcount: number;
  verificationStatus: VerificationStatus;
  createdAt: Date;
};

export type ListCityCompaniesOptions = {
  db: Database;
  actor: CityOfficerActor;
  // Only companies with this verification status; all of them when undefined.
  status?: VerificationStatus;
};

// Lists the companies registered in the officer's city (Company.cityCode), oldest first, so the
// longest-waiting pending company comes first.
export async function listCityCompanies(options: ListCityCompaniesOptions): Promise<CityCompanySummary[]> {
  return options.db.company.findMany({
    where: { cityCode: options.actor.cityCode, ...(options.status ? { verificationStatus: options.status } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, sector: true, headcount: true, verificationStatus: true, createdAt: true },
  });
}
