import { replaceSetIfChanged, syncRows, type SyncResult } from "../sync";
import type { SeedClient } from "../types";
import type { DemoData } from "./build-demo-data";

// Writes the demo rows. Rows with their own id are synced by id. Link rows of demo owners, such as
// the skills of a demo vacancy or the history of a demo application, are replaced as one set when
// they differ.

async function requireNoForeignDuplicates(db: SeedClient, data: DemoData) {
  const users = await db.user.findMany({
    where: { email: { in: data.users.map((user) => user.email) } },
    select: { id: true, email: true },
  });
  const expectedUserIds = new Map(data.users.map((user) => [user.email, user.id]));
  const foreignUser = users.find((user) => expectedUserIds.get(user.email) !== user.id);
  if (foreignUser) {
    throw new Error(
      `User ${foreignUser.email} already exists but was not created by the demo seed; delete it or seed a fresh database`,
    );
  }

  const companies = await db.company.findMany({
    where: { nib: { in: data.companies.map((company) => company.nib) } },
    select: { id: true, nib: true },
  });
  const expectedCompanyIds = new Map(data.companies.map((company) => [company.nib, company.id]));
  const foreignCompany = companies.find((company) => expectedCompanyIds.get(company.nib) !== company.id);
  if (foreignCompany) {
    throw new Error(
      `A company with NIB ${foreignCompany.nib} already exists but was not created by the demo seed; delete it or seed a fresh database`,
    );
  }
}

export async function writeDemoData(db: SeedClient, data: DemoData): Promise<SyncResult[]> {
  await requireNoForeignDuplicates(db, data);
  const results: SyncResult[] = [];

  const userIds = data.users.map((user) => user.id);
  results.push(
    await syncRows({
      table: "User",
      rows: data.users,
      key: (row) => row.id,
      fields: ["email", "passwordHash", "role", "name", "locale", "cityCode", "createdAt"],
      existing: await db.user.findMany({
        where: { id: { in: userIds } },
        select: { id: true, email: true, passwordHash: true, role: true, name: true, locale: true, cityCode: true, createdAt: true },
      }),
      createMany: (rows) => db.user.createMany({ data: rows }),
      update: ({ id, ...fields }) => db.user.update({ where: { id }, data: fields }),
    }),
  );

  const companyIds = data.companies.map((company) => company.id);
  results.push(
    await syncRows({
      table: "Company",
      rows: data.companies,
      key: (row) => row.id,
      fields: [
        "name",
        "nib",
        "sector",
        "industry",
        "headcount",
        "employeesWithDisabilities",
        "cityCode",
        "address",
        "accessibilityNotes",
        "verificationStatus",
        "verifiedAt",
        "verifiedById",
        "createdAt",
      ],
      existing: await db.company.findMany({ where: { id: { in: companyIds } } }),
      createMany: (rows) => db.company.createMany({ data: rows }),
      update: ({ id, ...fields }) => db.company.update({ where: { id }, data: fields }),
    }),
  );

  results.push(
    await syncRows({
      table: "CompanyMember",
      rows: data.companyMembers,
      key: (row) => row.userId,
      fields: ["companyId", "createdAt"],
      existing: await db.companyMember.findMany({ where: { userId: { in: userIds } } }),
      createMany: (rows) => db.companyMember.createMany({ data: rows }),
      update: ({ userId, ...fields }) => db.companyMember.update({ where: { userId }, data: fields }),
    }),
  );

  results.push(
    await replaceSetIfChanged({
      table: "CompanyAccessFeature",
      rows: data.companyAccessFeatures,
      existing: await db.companyAccessFeature.findMany({ where: { companyId: { in: companyIds } } }),
      deleteAll: () => db.companyAccessFeature.deleteMany({ where: { companyId: { in: companyIds } } }),
      createMany: (rows) => db.companyAccessFeature.createMany({ data: rows }),
    }),
  );

  results.push(...(await writeVacancies(db, data)));
  results.push(...(await writeSeekers(db, data)));
  results.push(...(await writeApplications(db, data)));
  return results;
}

async function writeVacancies(db: SeedClient, data: DemoData): Promise<SyncResult[]> {
  const vacancyIds = data.vacancies.map((vacancy) => vacancy.id);
  const vacancies = await syncRows({
    table: "Vacancy",
    rows: data.vacancies,
    key: (row) => row.id,
    fields: [
      "companyId",
      "title",
      "description",
      "occupationCode",
      "cityCode",
      "workMode",
      "hoursType",
      "hoursPerWeek",
      "salaryMin",
      "salaryMax",
      "minEducation",
      "minExperienceYears",
      "deadline",
      "openings",
      "status",
      "publishedAt",
      "createdAt",
    ],
    existing: await db.vacancy.findMany({ where: { id: { in: vacancyIds } } }),
    createMany: (rows) => db.vacancy.createMany({ data: rows }),
    update: ({ id, ...fields }) => db.vacancy.update({ where: { id }, data: fields }),
  });

  const skills = await replaceSetIfChanged({
    table: "VacancySkill",
    rows: data.vacancySkills,
    existing: await db.vacancySkill.findMany({ where: { vacancyId: { in: vacancyIds } } }),
    deleteAll: () => db.vacancySkill.deleteMany({ where: { vacancyId: { in: vacancyIds } } }),
    createMany: (rows) => db.vacancySkill.createMany({ data: rows }),
  });

  // Deleting job functions cascades to their demands, so the demands are compared afterwards.
  const functions = await replaceSetIfChanged({
    table: "JobFunction",
    rows: data.jobFunctions,
    existing: await db.jobFunction.findMany({
      where: { vacancyId: { in: vacancyIds } },
      select: { id: true, vacancyId: true, position: true, description: true },
    }),
    deleteAll: () => db.jobFunction.deleteMany({ where: { vacancyId: { in: vacancyIds } } }),
    createMany: (rows) => db.jobFunction.createMany({ data: rows }),
  });

  const functionIds = data.jobFunctions.map((jobFunction) => jobFunction.id);
  const demands = await replaceSetIfChanged({
    table: "JobFunctionDemand",
    rows: data.jobFunctionDemands,
    existing: await db.jobFunctionDemand.findMany({ where: { jobFunctionId: { in: functionIds } } }),
    deleteAll: () => db.jobFunctionDemand.deleteMany({ where: { jobFunctionId: { in: functionIds } } }),
    createMany: (rows) => db.jobFunctionDemand.createMany({ data: rows }),
  });

  const accommodations = await replaceSetIfChanged({
    table: "VacancyAccommodation",
    rows: data.vacancyAccommodations,
    existing: await db.vacancyAccommodation.findMany({ where: { vacancyId: { in: vacancyIds } } }),
    deleteAll: () => db.vacancyAccommodation.deleteMany({ where: { vacancyId: { in: vacancyIds } } }),
    createMany: (rows) => db.vacancyAccommodation.createMany({ data: rows }),
  });

  return [vacancies, skills, functions, demands, accommodations];
}

async function writeSeekers(db: SeedClient, data: DemoData): Promise<SyncResult[]> {
  const seekerIds = data.seekerProfiles.map((profile) => profile.id);
  const profiles = await syncRows({
    table: "SeekerProfile",
    rows: data.seekerProfiles,
    key: (row) => row.id,
    fields: [
      "userId",
      "fullName",
      "cityCode",
      "education",
      "experienceYears",
      "placeScope",
      "workModes",
      "hoursTypes",
      "disabilityTypes",
      "summary",
      "showDisabilityTypes",
      "showFunctioning",
      "showAccommodationNeeds",
      "consentedAt",
      "createdAt",
    ],
    existing: await db.seekerProfile.findMany({ where: { id: { in: seekerIds } } }),
    createMany: (rows) => db.seekerProfile.createMany({ data: rows }),
    update: ({ id, ...fields }) => db.seekerProfile.update({ where: { id }, data: fields }),
  });

  const skills = await replaceSetIfChanged({
    table: "SeekerSkill",
    rows: data.seekerSkills,
    existing: await db.seekerSkill.findMany({ where: { seekerId: { in: seekerIds } } }),
    deleteAll: () => db.seekerSkill.deleteMany({ where: { seekerId: { in: seekerIds } } }),
    createMany: (rows) => db.seekerSkill.createMany({ data: rows }),
  });

  const functioning = await replaceSetIfChanged({
    table: "SeekerFunctioning",
    rows: data.seekerFunctioning,
    existing: await db.seekerFunctioning.findMany({ where: { seekerId: { in: seekerIds } } }),
    deleteAll: () => db.seekerFunctioning.deleteMany({ where: { seekerId: { in: seekerIds } } }),
    createMany: (rows) => db.seekerFunctioning.createMany({ data: rows }),
  });

  const needs = await replaceSetIfChanged({
    table: "SeekerAccommodationNeed",
    rows: data.seekerAccommodationNeeds,
    existing: await db.seekerAccommodationNeed.findMany({ where: { seekerId: { in: seekerIds } } }),
    deleteAll: () => db.seekerAccommodationNeed.deleteMany({ where: { seekerId: { in: seekerIds } } }),
    createMany: (rows) => db.seekerAccommodationNeed.createMany({ data: rows }),
  });

  return [profiles, skills, functioning, needs];
}

async function writeApplications(db: SeedClient, data: DemoData): Promise<SyncResult[]> {
  const applicationIds = data.applications.map((application) => application.id);

  // A demo seeker may have applied to a demo vacancy through the app since the last seed. Because a
  // seeker has one application per vacancy, that application would block the demo one, so it is
  // deleted.
  await db.application.deleteMany({
    where: {
      id: { notIn: applicationIds },
      OR: data.applications.map((application) => ({ seekerId: application.seekerId, vacancyId: application.vacancyId })),
    },
  });

  const applications = await syncRows({
    table: "Application",
    rows: data.applications,
    key: (row) => row.id,
    fields: ["seekerId", "vacancyId", "status", "coverLetter", "createdAt"],
    existing: await db.application.findMany({ where: { id: { in: applicationIds } } }),
    createMany: (rows) => db.application.createMany({ data: rows }),
    update: ({ id, ...fields }) => db.application.update({ where: { id }, data: fields }),
  });

  const history = await replaceSetIfChanged({
    table: "ApplicationStatusChange",
    rows: data.applicationStatusChanges,
    existing: await db.applicationStatusChange.findMany({ where: { applicationId: { in: applicationIds } } }),
    deleteAll: () => db.applicationStatusChange.deleteMany({ where: { applicationId: { in: applicationIds } } }),
    createMany: (rows) => db.applicationStatusChange.createMany({ data: rows }),
  });

  return [applications, history];
}
