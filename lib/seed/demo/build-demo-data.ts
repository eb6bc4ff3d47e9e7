import type {
  Application,
  ApplicationStatusChange,
  Company,
  JobFunction,
  JobFunctionDemand,
  SeekerProfile,
  User,
  Vacancy,
  VacancySkill,
} from "../../generated/prisma/client";
import type { ApplicationStatus, DemandLevel, DifficultyLevel, Role } from "../../generated/prisma/enums";
import { DEMO_LOGINS } from "../demo-logins";
import type { ReferenceData } from "../reference/read-reference-data";
import { DEMO_COMPANIES, type DemoCompany } from "./content/companies";
import { DEMO_SEEKERS, SEEKER_ARCHETYPES, type DemoSeeker } from "./content/seekers";
import { VACANCY_TEMPLATES, type DomainId } from "./content/vacancy-templates";
import type { SeedCalendar } from "./dates";
import { demoId } from "./ids";
import { createRandom, type Random } from "./random";

// Builds every demo row in memory, with stable ids, from the hand-written content and the reference
// data. Nothing here touches the database, so the result can be checked on its own.

const RANDOM_SEED = 20_261_204;

const DOMAIN_IDS: DomainId[] = ["seeing", "hearing", "walking", "remembering", "self_care", "communicating"];

// Salary scale of each demo city against Kota Bandung, an estimate of the ratio of their regional
// minimum wages (UMK) for demo data only. The Bandung ranges in the templates start at about the
// Bandung minimum wage, and the jitter below only raises them.
const CITY_SALARY_FACTORS: Record<string, number> = { "32.73": 1, "35.78": 1.11, "73.71": 0.88, "34.71": 0.6 };
const MIN_SALARY = 2_500_000;
const MAX_SALARY = 12_000_000;

const STAFF_USERS = [
  { email: "admin@demo.ijc.id", name: "Dian Permatasari", role: "admin", cityCode: null, locale: "en" },
  { email: "officer.bandung@demo.ijc.id", name: "Agus Rahmat Hidayat", role: "city_officer", cityCode: "32.73", locale: "id" },
  { email: "officer.surabaya@demo.ijc.id", name: "Retno Wulandari", role: "city_officer", cityCode: "35.78", locale: "id" },
  { email: "officer.makassar@demo.ijc.id", name: "Syamsul Bahri", role: "city_officer", cityCode: "73.71", locale: "id" },
  { email: "officer.yogyakarta@demo.ijc.id", name: "Wulan Sari Dewi", role: "city_officer", cityCode: "34.71", locale: "id" },
] as const;

// The steps an application goes through to reach each status, after "submitted".
const STATUS_PATHS: Record<ApplicationStatus, ApplicationStatus[]> = {
  submitted: [],
  reviewing: ["reviewing"],
  interview: ["reviewing", "interview"],
  offered: ["reviewing", "interview", "offered"],
  hired: ["reviewing", "interview", "offered", "hired"],
  rejected: ["reviewing", "rejected"],
  withdrawn: ["withdrawn"],
};

const STATUS_NOTES: Record<ApplicationStatus, string> = {
  submitted: "Lamaran dikirim.",
  reviewing: "Berkas lamaran sedang ditinjau tim rekrutmen.",
  interview: "Undangan wawancara dikirim melalui email dan pesan teks. Akomodasi wawancara dapat diminta.",
  offered: "Penawaran kerja dikirim kepada pelamar.",
  hired: "Pelamar menerima penawaran dan mulai bekerja.",
  rejected: "Kualifikasi pelamar belum sesuai dengan kebutuhan posisi ini.",
  withdrawn: "Pelamar menarik lamaran.",
};

export type DemoBuildInput = {
  reference: ReferenceData;
  calendar: SeedCalendar;
  passwordHash: string;
};

export type DemoData = ReturnType<typeof buildDemoData>;

function vacancyKey(companyKey: string, template: string) {
  return `${companyKey}/${template}`;
}

function roundUpTo100k(amount: number) {
  return Math.ceil(amount / 100_000) * 100_000;
}

function clampSalary(amount: number) {
  return Math.min(MAX_SALARY, Math.max(MIN_SALARY, roundUpTo100k(amount)));
}

function requireKnown(kind: string, id: string, known: Set<string>, where: string) {
  if (!known.has(id)) throw new Error(`Unknown ${kind} "${id}" in the demo content (${where})`);
}

export function buildDemoData({ reference, calendar, passwordHash }: DemoBuildInput) {
  const random = createRandom(RANDOM_SEED);
  const known = {
    skills: new Set(reference.skills.map((skill) => skill.id)),
    accommodations: new Set(reference.accommodations.map((accommodation) => accommodation.id)),
    cities: new Set(reference.cities.map((city) => city.code)),
    occupations: new Set(reference.occupations.map((occupation) => occupation.code)),
  };
  const rankedSkillsByOccupation = new Map<string, string[]>();
  for (const link of reference.occupationSkills) {
    const list = rankedSkillsByOccupation.get(link.occupationCode) ?? [];
    list.push(link.skillId);
    rankedSkillsByOccupation.set(link.occupationCode, list);
  }

  // Users: staff first, then one member per company, then the seekers.
  const users = [
    ...STAFF_USERS.map((staff) => ({ ...staff, role: staff.role as Role, createdDaysAgo: 240 })),
    ...DEMO_COMPANIES.map((company) => ({
      email: company.member.email,
      name: company.member.name,
      role: "employer" as Role,
      cityCode: null,
      locale: "id",
      createdDaysAgo: 150,
    })),
    ...DEMO_SEEKERS.map((seeker) => ({
      email: seeker.email,
      name: seeker.name,
      role: "seeker" as Role,
      cityCode: null,
      locale: "id",
      createdDaysAgo: 40 + random.int(0, 60),
    })),
  ].map((user): Omit<User, "updatedAt" | "sessionVersion"> => ({
    id: demoId("user", user.email),
    email: user.email,
    passwordHash,
    role: user.role,
    name: user.name,
    locale: user.locale,
    cityCode: user.cityCode,
    createdAt: calendar.at(-user.createdDaysAgo, 9),
  }));

  for (const login of DEMO_LOGINS) {
    const user = users.find((candidate) => candidate.email === login.email);
    if (!user || user.role !== login.role || user.cityCode !== (login.role === "city_officer" ? login.cityCode : null)) {
      throw new Error(`Demo login ${login.email} does not match the demo users`);
    }
  }

  const userIdByEmail = new Map(users.map((user) => [user.email, user.id]));
  const officerIdByCity = new Map(
    STAFF_USERS.filter((staff) => staff.cityCode !== null).map((staff) => [staff.cityCode, userIdByEmail.get(staff.email)!]),
  );

  const companies = buildCompanies(DEMO_COMPANIES, random, calendar, known, officerIdByCity, userIdByEmail);
  const vacancies = buildVacancies(DEMO_COMPANIES, DEMO_SEEKERS, random, calendar, known, rankedSkillsByOccupation);
  const seekers = buildSeekers(DEMO_SEEKERS, random, calendar, known, userIdByEmail);
  const applications = buildApplications(DEMO_SEEKERS, DEMO_COMPANIES, calendar, vacancies.byKey, userIdByEmail);

  return {
    users,
    companies: companies.companies,
    companyMembers: companies.members,
    companyAccessFeatures: companies.accessFeatures,
    vacancies: vacancies.vacancies,
    vacancySkills: vacancies.skills,
    jobFunctions: vacancies.functions,
    jobFunctionDemands: vacancies.demands,
    vacancyAccommodations: vacancies.accommodations,
    seekerProfiles: seekers.profiles,
    seekerSkills: seekers.skills,
    seekerFunctioning: seekers.functioning,
    seekerAccommodationNeeds: seekers.needs,
    applications: applications.applications,
    applicationStatusChanges: applications.changes,
  };
}

type KnownIds = { skills: Set<string>; accommodations: Set<string>; cities: Set<string>; occupations: Set<string> };

function buildCompanies(
  content: DemoCompany[],
  random: Random,
  calendar: SeedCalendar,
  known: KnownIds,
  officerIdByCity: Map<string, string>,
  userIdByEmail: Map<string, string>,
) {
  const companies = content.map((company): Omit<Company, "updatedAt"> => {
    if (!/^\d{13}$/.test(company.nib)) throw new Error(`Demo company ${company.key} has an invalid NIB ${company.nib}`);
    requireKnown("city", company.cityCode, known.cities, company.key);

    const createdDaysAgo = random.int(90, 200);
    const verified = company.verificationStatus === "verified";
    return {
      id: demoId("company", company.key),
      name: company.name,
      nib: company.nib,
      sector: company.sector,
      industry: company.industry,
      headcount: company.headcount,
      employeesWithDisabilities: company.employeesWithDisabilities,
      cityCode: company.cityCode,
      address: company.address,
      accessibilityNotes: company.accessibilityNotes,
      verificationStatus: company.verificationStatus,
      verifiedAt: verified ? calendar.at(-createdDaysAgo + random.int(2, 10), 14) : null,
      verifiedById: verified ? (officerIdByCity.get(company.cityCode) ?? null) : null,
      createdAt: calendar.at(-createdDaysAgo, 10),
    };
  });

  const members = content.map((company, index) => ({
    userId: userIdByEmail.get(company.member.email)!,
    companyId: companies[index].id,
    createdAt: companies[index].createdAt,
  }));

  const accessFeatures = content.flatMap((company, index) =>
    company.accessFeatures.map((accommodationId) => {
      requireKnown("accommodation", accommodationId, known.accommodations, company.key);
      return { companyId: companies[index].id, accommodationId };
    }),
  );

  return { companies, members, accessFeatures };
}

function buildVacancies(
  companies: DemoCompany[],
  seekers: DemoSeeker[],
  random: Random,
  calendar: SeedCalendar,
  known: KnownIds,
  rankedSkillsByOccupation: Map<string, string[]>,
) {
  // The earliest application per vacancy, so a vacancy is always published before anyone applied.
  const earliestApplication = new Map<string, number>();
  for (const seeker of seekers) {
    for (const application of seeker.applications) {
      earliestApplication.set(
        application.vacancy,
        Math.max(earliestApplication.get(application.vacancy) ?? 0, application.appliedDaysAgo),
      );
    }
  }

  const vacancies: Omit<Vacancy, "updatedAt">[] = [];
  const skills: VacancySkill[] = [];
  const functions: JobFunction[] = [];
  const demands: JobFunctionDemand[] = [];
  const accommodations: { vacancyId: string; accommodationId: string }[] = [];
  const byKey = new Map<string, { id: string; status: string; companyKey: string; title: string }>();

  for (const company of companies) {
    const companyId = demoId("company", company.key);
    for (const plan of company.vacancies) {
      const key = vacancyKey(company.key, plan.template);
      const template = VACANCY_TEMPLATES[plan.template];
      const id = demoId("vacancy", key);
      requireKnown("occupation", template.occupationCode, known.occupations, key);

      const factor = CITY_SALARY_FACTORS[company.cityCode] ?? 1;
      const hoursFactor = template.hoursType === "part_time" ? template.hoursPerWeek / 40 : 1;
      const jitter = 1 + random.next() * 0.08;
      const salaryMin = clampSalary(template.salary[0] * factor * hoursFactor * jitter);
      const salaryMax = Math.max(salaryMin, clampSalary(template.salary[1] * factor * hoursFactor * jitter));

      const published = plan.status !== "draft";
      const publishedDaysAgo = Math.max((earliestApplication.get(key) ?? 0) + random.int(2, 6), random.int(3, 14));
      const createdDaysAgo = published ? publishedDaysAgo + 1 : random.int(1, 10);

      vacancies.push({
        id,
        companyId,
        title: template.title,
        description: template.description,
        occupationCode: template.occupationCode,
        cityCode: company.cityCode,
        workMode: plan.workMode ?? template.workMode,
        hoursType: template.hoursType,
        hoursPerWeek: template.hoursPerWeek,
        salaryMin,
        salaryMax,
        minEducation: template.minEducation,
        minExperienceYears: template.minExperienceYears,
        deadline: calendar.date(plan.deadlineInDays),
        openings: plan.openings,
        status: plan.status,
        publishedAt: published ? calendar.at(-publishedDaysAgo, 8) : null,
        createdAt: calendar.at(-createdDaysAgo, 15),
      });
      byKey.set(key, { id, status: plan.status, companyKey: company.key, title: template.title });

      // Required skills: the template's core skills or the top of the ESCO ranking, then the
      // template's extra skills. Two optional skills come from the rest of the ranking.
      const ranked = rankedSkillsByOccupation.get(template.occupationCode) ?? [];
      const core = "coreSkills" in template ? template.coreSkills : ranked.slice(0, 3);
      for (const skillId of core) {
        if (!ranked.includes(skillId)) {
          throw new Error(`Core skill "${skillId}" of ${plan.template} is not in occupation-skills.csv for ${template.occupationCode}`);
        }
      }
      const extra = "extraSkills" in template ? template.extraSkills : [];
      const required = [...new Set([...core, ...extra])];
      const optional = random.sample(ranked.filter((skillId) => !required.includes(skillId)).slice(0, 8), 2);
      const requiredLevel = template.minExperienceYears > 0 ? 2 : 1;
      for (const skillId of required) {
        requireKnown("skill", skillId, known.skills, key);
        skills.push({ vacancyId: id, skillId, required: true, minLevel: requiredLevel });
      }
      for (const skillId of optional) skills.push({ vacancyId: id, skillId, required: false, minLevel: 1 });

      template.functions.forEach((jobFunction, index) => {
        const functionId = demoId("job-function", `${key}#${index + 1}`);
        functions.push({ id: functionId, vacancyId: id, position: index + 1, description: jobFunction.description });
        for (const [domainId, level] of Object.entries(jobFunction.demands) as [DomainId, DemandLevel][]) {
          demands.push({ jobFunctionId: functionId, domainId, level });
        }
      });

      for (const accommodationId of template.accommodations) {
        requireKnown("accommodation", accommodationId, known.accommodations, key);
        accommodations.push({ vacancyId: id, accommodationId });
      }
    }
  }

  return { vacancies, skills, functions, demands, accommodations, byKey };
}

function buildSeekers(
  seekers: DemoSeeker[],
  random: Random,
  calendar: SeedCalendar,
  known: KnownIds,
  userIdByEmail: Map<string, string>,
) {
  const profiles: Omit<SeekerProfile, "updatedAt">[] = [];
  const skills: { seekerId: string; skillId: string; level: number }[] = [];
  const functioning: { seekerId: string; domainId: string; level: DifficultyLevel }[] = [];
  const needs: { seekerId: string; accommodationId: string }[] = [];

  for (const seeker of seekers) {
    requireKnown("city", seeker.cityCode, known.cities, seeker.key);
    const archetype = SEEKER_ARCHETYPES[seeker.archetype];
    const id = demoId("seeker", seeker.key);
    const firstApplication = Math.max(0, ...seeker.applications.map((application) => application.appliedDaysAgo));
    const createdAt = calendar.at(-(firstApplication + random.int(3, 20)), 19, random.int(0, 59));
    const [showDisabilityTypes, showFunctioning, showAccommodationNeeds] = seeker.shows;

    profiles.push({
      id,
      userId: userIdByEmail.get(seeker.email)!,
      fullName: seeker.name,
      cityCode: seeker.cityCode,
      education: seeker.education,
      experienceYears: seeker.experienceYears,
      placeScope: seeker.placeScope,
      workModes: seeker.workModes,
      hoursTypes: seeker.hoursTypes,
      disabilityTypes: archetype.disabilityTypes,
      summary: seeker.summary,
      showDisabilityTypes,
      showFunctioning,
      showAccommodationNeeds,
      consentedAt: createdAt,
      createdAt,
    });

    for (const [skillId, level] of seeker.skills) {
      requireKnown("skill", skillId, known.skills, seeker.key);
      skills.push({ seekerId: id, skillId, level });
    }

    const levels: Partial<Record<DomainId, DifficultyLevel>> = archetype.functioning;
    for (const domainId of DOMAIN_IDS) functioning.push({ seekerId: id, domainId, level: levels[domainId] ?? "none" });

    for (const accommodationId of archetype.accommodationNeeds) {
      requireKnown("accommodation", accommodationId, known.accommodations, seeker.key);
      needs.push({ seekerId: id, accommodationId });
    }
  }

  return { profiles, skills, functioning, needs };
}

function buildApplications(
  seekers: DemoSeeker[],
  companies: DemoCompany[],
  calendar: SeedCalendar,
  vacancies: Map<string, { id: string; status: string; companyKey: string; title: string }>,
  userIdByEmail: Map<string, string>,
) {
  const companyByKey = new Map(companies.map((company) => [company.key, company]));
  const applications: Omit<Application, "updatedAt">[] = [];
  const changes: ApplicationStatusChange[] = [];

  for (const seeker of seekers) {
    const seekerUserId = userIdByEmail.get(seeker.email)!;
    for (const plan of seeker.applications) {
      const vacancy = vacancies.get(plan.vacancy);
      if (!vacancy) throw new Error(`Demo application of ${seeker.key} points at unknown vacancy ${plan.vacancy}`);
      if (vacancy.status === "draft") throw new Error(`Demo application of ${seeker.key} points at draft vacancy ${plan.vacancy}`);
      const company = companyByKey.get(vacancy.companyKey)!;
      const employerUserId = userIdByEmail.get(company.member.email)!;

      const id = demoId("application", `${seeker.key}->${plan.vacancy}`);
      const steps = STATUS_PATHS[plan.status];
      // Spread the steps over the days since applying, at least one day apart where possible.
      const gap = Math.max(1, Math.min(4, Math.floor(plan.appliedDaysAgo / (steps.length + 1))));

      applications.push({
        id,
        seekerId: demoId("seeker", seeker.key),
        vacancyId: vacancy.id,
        status: plan.status,
        coverLetter: `Yth. Tim Rekrutmen ${company.name}, saya ingin melamar posisi ${vacancy.title}. ${seeker.summary}`,
        createdAt: calendar.at(-plan.appliedDaysAgo, 10),
      });

      let fromStatus: ApplicationStatus | null = null;
      [/* the seeker's own submission */ "submitted" as ApplicationStatus, ...steps].forEach((toStatus, index) => {
        const daysAgo = Math.max(0, plan.appliedDaysAgo - index * gap);
        // The seeker submits and withdraws, and every other step is the employer's decision.
        const changedById = toStatus === "submitted" || toStatus === "withdrawn" ? seekerUserId : employerUserId;
        changes.push({
          id: demoId("status-change", `${id}#${index}`),
          applicationId: id,
          fromStatus,
          toStatus,
          changedById,
          changedAt: calendar.at(-daysAgo, 10 + index, 15),
          note: STATUS_NOTES[toStatus],
        });
        fromStatus = toStatus;
      });
    }
  }

  return { applications, changes };
}
