import type { Database } from "../../db/create-client";
import type { ApplicationStatus, VacancyStatus, VerificationStatus } from "../../generated/prisma/enums";
import { insertCompany, insertPlacesAndOccupations, insertSeeker, insertUser, insertVacancy } from "../../../tests/helpers/fixtures";

// Rows that integration tests of the city office build directly with the test client. Each
// helper inserts the minimum its caller needs; reference rows come from insertReferenceRows.

// The shared places and occupations, plus one more occupation, one skill, one functioning
// domain and one accommodation with labels in both languages.
export async function insertReferenceRows(db: Database): Promise<void> {
  await insertPlacesAndOccupations(db);
  await db.occupation.create({
    data: { code: "4110", level: 4, titleId: "Juru tulis kantor umum", titleEn: "General office clerks", iscoCode: "4110" },
  });
  await db.skill.create({
    data: { id: "skill-data-entry", escoLabel: "data entry", labelId: "Entri data", labelEn: "Data entry", category: "digital" },
  });
  await db.functioningDomain.create({
    data: { id: "seeing", position: 1, questionEn: "Do you have difficulty seeing?", statementId: "Melihat", labelId: "Melihat", labelEn: "Seeing" },
  });
  await db.accommodation.create({
    data: {
      id: "screen-reader",
      kind: "accommodation",
      labelId: "Pembaca layar",
      labelEn: "Screen reader",
      descriptionId: "Perangkat lunak pembaca layar",
      descriptionEn: "Screen reader software",
      position: 1,
    },
  });
}

// A seeker with sensitive data filled in, so a test can see whether it leaks.
export async function createSeeker(db: Database, cityCode: string, fullName: string): Promise<{ seekerId: string; userId: string }> {
  const { seekerId, userId } = await insertSeeker(
    db,
    {
      fullName,
      cityCode,
      disabilityTypes: ["sensory_seeing"],
      functioning: { create: [{ domainId: "seeing", level: "a_lot" }] },
      accommodationNeeds: { create: [{ accommodationId: "screen-reader" }] },
      skills: { create: [{ skillId: "skill-data-entry", level: 2 }] },
    },
    { name: fullName },
  );
  return { seekerId, userId };
}

// A company pending verification unless verificationStatus is given, with one employer member
// and one access feature.
export async function createCompany(
  db: Database,
  cityCode: string,
  name: string,
  verificationStatus: VerificationStatus = "pending",
): Promise<{ companyId: string; employerUserId: string }> {
  const employer = await insertUser(db, { role: "employer", name: `HR ${name}` });
  const company = await insertCompany(db, {
    name,
    employeesWithDisabilities: 1,
    cityCode,
    verificationStatus,
    members: { create: { userId: employer.id } },
    accessFeatures: { create: [{ accommodationId: "screen-reader" }] },
  });
  return { companyId: company.id, employerUserId: employer.id };
}

export async function createVacancy(
  db: Database,
  options: { companyId: string; cityCode: string; title: string; status?: VacancyStatus; deadline?: string },
): Promise<string> {
  const vacancy = await insertVacancy(db, {
    companyId: options.companyId,
    cityCode: options.cityCode,
    title: options.title,
    occupationCode: "4110",
    deadline: new Date(`${options.deadline ?? "2099-12-31"}T00:00:00Z`),
    status: options.status ?? "open",
  });
  return vacancy.id;
}

// An application whose history walks from submitted to `status`; a hire is recorded at `hiredAt`.
export async function createApplication(
  db: Database,
  options: { seekerId: string; vacancyId: string; status: ApplicationStatus; changedById: string; hiredAt?: Date },
): Promise<string> {
  const application = await db.application.create({
    data: {
      seekerId: options.seekerId,
      vacancyId: options.vacancyId,
      status: options.status,
      history: {
        create: [
          { toStatus: "submitted", changedById: options.changedById, changedAt: new Date("2026-01-05T03:00:00Z") },
          ...(options.status === "submitted"
            ? []
            : [
                {
                  fromStatus: "submitted" as const,
                  toStatus: options.status,
                  changedById: options.changedById,
                  changedAt: options.hiredAt ?? new Date("2026-02-02T03:00:00Z"),
                },
              ]),
        ],
      },
    },
  });
  return application.id;
}
