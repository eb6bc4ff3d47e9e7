import { isDeadlinePassed } from "@/lib/applications/deadline";
import type { Database } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";

const vacancyDetailSelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  workMode: true,
  hoursType: true,
  hoursPerWeek: true,
  salaryMin: true,
  salaryMax: true,
  minEducation: true,
  minExperienceYears: true,
  deadline: true,
  openings: true,
  occupation: { select: { code: true, titleId: true, titleEn: true } },
  city: { select: { name: true, province: { select: { name: true, timeZone: true } } } },
  company: {
    select: {
      name: true,
      verificationStatus: true,
      accessFeatures: {
        orderBy: { accommodation: { position: "asc" } },
        select: { accommodation: { select: { id: true, labelId: true, labelEn: true } } },
      },
    },
  },
  skills: {
    orderBy: [{ required: "desc" }, { skillId: "asc" }],
    select: { required: true, minLevel: true, skill: { select: { id: true, labelId: true, labelEn: true } } },
  },
  functions: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      description: true,
      demands: {
        orderBy: { domain: { position: "asc" } },
        select: { level: true, domain: { select: { id: true, labelId: true, labelEn: true } } },
      },
    },
  },
  accommodations: {
    orderBy: { accommodation: { position: "asc" } },
    select: { accommodation: { select: { id: true, labelId: true, labelEn: true } } },
  },
} satisfies Prisma.VacancySelect;

export type VacancyDetail = Prisma.VacancyGetPayload<{ select: typeof vacancyDetailSelect }> & {
  // Open, and the end of the deadline day in the vacancy city's zone has not come yet.
  acceptsApplications: boolean;
  deadlinePassed: boolean;
};

// Loads a published vacancy for its public detail page. Drafts read as missing.
export async function getVacancyDetail(options: { db: Database; vacancyId: string; now: Date }): Promise<VacancyDetail | null> {
  const row = await options.db.vacancy.findFirst({
    where: { id: options.vacancyId, status: { not: "draft" } },
    select: vacancyDetailSelect,
  });
  if (!row) return null;

  const deadlinePassed = isDeadlinePassed({ deadline: row.deadline, zone: row.city.province.timeZone, now: options.now });
  return { ...row, deadlinePassed, acceptsApplications: row.status === "open" && !deadlinePassed };
}

// When the seeker already applied for the vacancy, returns the application time.
export async function findOwnApplication(options: { db: Database; seekerId: string; vacancyId: string }) {
  return options.db.application.findUnique({
    where: { seekerId_vacancyId: { seekerId: options.seekerId, vacancyId: options.vacancyId } },
    select: { id: true, createdAt: true },
  });
}
