import type { CityOfficerActor } from "../auth/actor";
import { AUDIT_ACTIONS } from "../audit/audit-actions";
import type { Database } from "../db/create-client";
import { AppError } from "../errors/app-error";
import type { CompanySector, VerificationStatus } from "../generated/prisma/enums";
import { quotaStatus, type QuotaStatus } from "../employers/quota";

export type CityCompanyDecision = {
  status: VerificationStatus;
  reason: string;
  decidedAt: Date;
  decidedByName: string | null;
};

export type CityCompany = {
  id: string;
  name: string;
  nib: string;
  sector: CompanySector;
  industry: string;
  headcount: number;
  employeesWithDisabilities: number;
  address: string;
  accessibilityNotes: string;
  verificationStatus: VerificationStatus;
  createdAt: Date;
  // Concurrency token for the verification form: a decision applies only to this version.
  updatedAt: Date;
  accessFeatures: { id: string; labelId: string; labelEn: string }[];
  quota: QuotaStatus;
  openVacancyCount: number;
  lastDecision: CityCompanyDecision | null;
};

// Loads one company of the officer's city. Another city's company and a missing id both throw
// not_found, so an officer cannot learn whether an id exists elsewhere.
export async function getCityCompany(options: { db: Database; actor: CityOfficerActor; companyId: string }): Promise<CityCompany> {
  const { db, actor } = options;
  const company = await db.company.findFirst({
    where: { id: options.companyId, cityCode: actor.cityCode },
    select: {
      id: true,
      name: true,
      nib: true,
      sector: true,
      industry: true,
      headcount: true,
      employeesWithDisabilities: true,
      address: true,
      accessibilityNotes: true,
      verificationStatus: true,
      createdAt: true,
      updatedAt: true,
      accessFeatures: {
        orderBy: { accommodation: { position: "asc" } },
        select: { accommodation: { select: { id: true, labelId: true, labelEn: true } } },
      },
      _count: { select: { vacancies: { where: { status: "open" } } } },
    },
  });
  if (!company) {
    throw new AppError("not_found", "office.errors.companyNotFound", `company ${options.companyId} not in city ${actor.cityCode}`);
  }

  const decision = await db.auditLog.findFirst({
    where: {
      entityType: "Company",
      entityId: company.id,
      action: { in: [AUDIT_ACTIONS.companyVerified, AUDIT_ACTIONS.companyRejected] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { action: true, metadata: true, createdAt: true, actor: { select: { name: true } } },
  });

  const { accessFeatures, _count, ...details } = company;
  return {
    ...details,
    accessFeatures: accessFeatures.map((feature) => feature.accommodation),
    quota: quotaStatus(company),
    openVacancyCount: _count.vacancies,
    lastDecision: decision
      ? {
          status: decision.action === AUDIT_ACTIONS.companyVerified ? "verified" : "rejected",
          reason: readReason(decision.metadata),
          decidedAt: decision.createdAt,
          decidedByName: decision.actor?.name ?? null,
        }
      : null,
  };
}

function readReason(metadata: unknown): string {
  if (metadata && typeof metadata === "object" && "reason" in metadata && typeof metadata.reason === "string") {
    return metadata.reason;
  }
  return "";
}
