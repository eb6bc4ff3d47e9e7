import type { CityOfficerActor } from "../auth/actor";
import { recordSensitiveRead, SENSITIVE_SEEKER_FIELDS } from "../audit/record-sensitive-read";
import type { Database } from "../db/create-client";
import { AppError } from "../errors/app-error";
import type {
  ApplicationStatus,
  DifficultyLevel,
  DisabilityType,
  EducationLevel,
  HoursType,
  PlaceScope,
  WorkMode,
} from "../generated/prisma/enums";
import { seekerProfileFieldsSelect } from "../seekers/seeker-profile-select";

type BilingualLabel = { id: string; labelId: string; labelEn: string };

export type CitySeekerRecord = {
  id: string;
  fullName: string;
  email: string;
  education: EducationLevel;
  experienceYears: number;
  // Home kabupaten/kota and its province, which the place scope refers to.
  city: { name: string; provinceName: string };
  placeScope: PlaceScope;
  workModes: WorkMode[];
  hoursTypes: HoursType[];
  summary: string;
  disabilityTypes: DisabilityType[];
  functioning: (BilingualLabel & { level: DifficultyLevel })[];
  accommodationNeeds: BilingualLabel[];
  skills: (BilingualLabel & { level: number })[];
  // Disclosure choices for employers. They do not limit the officer, who gets the whole profile.
  disclosure: { showDisabilityTypes: boolean; showFunctioning: boolean; showAccommodationNeeds: boolean; consentedAt: Date | null };
  applications: { id: string; status: ApplicationStatus; createdAt: Date; vacancyTitle: string; companyName: string }[];
};

// Why an officer reads the record: PP No. 60/2020 gives the ULD the task of supporting
// (pendampingan) workers with disabilities.
export const OFFICER_READ_PURPOSE = "uld_assistance";

// Loads a seeker of the officer's city with the whole profile, including disability types,
// functioning and accommodation needs. It writes the AuditLog row before returning, and if that
// write fails the data is not returned. A seeker of another city, or a missing id, throws
// not_found and writes nothing.
export async function getCitySeekerRecord(options: { db: Database; actor: CityOfficerActor; seekerId: string }): Promise<CitySeekerRecord> {
  const { db, actor } = options;
  const seeker = await db.seekerProfile.findFirst({
    where: { id: options.seekerId, cityCode: actor.cityCode },
    select: {
      ...seekerProfileFieldsSelect,
      user: { select: { email: true } },
      city: { select: { name: true, province: { select: { name: true } } } },
      functioning: {
        orderBy: { domain: { position: "asc" } },
        select: { level: true, domain: { select: { id: true, labelId: true, labelEn: true } } },
      },
      accommodationNeeds: {
        orderBy: { accommodation: { position: "asc" } },
        select: { accommodation: { select: { id: true, labelId: true, labelEn: true } } },
      },
      skills: {
        orderBy: { skill: { labelEn: "asc" } },
        select: { level: true, skill: { select: { id: true, labelId: true, labelEn: true } } },
      },
      applications: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          createdAt: true,
          vacancy: { select: { title: true, company: { select: { name: true } } } },
        },
      },
    },
  });
  if (!seeker) {
    throw new AppError("not_found", "office.errors.seekerNotFound", `seeker ${options.seekerId} not in city ${actor.cityCode}`);
  }

  await recordSensitiveRead({
    db,
    actorId: actor.userId,
    seekerId: seeker.id,
    cityCode: actor.cityCode,
    fields: SENSITIVE_SEEKER_FIELDS,
    purpose: OFFICER_READ_PURPOSE,
  });

  return {
    id: seeker.id,
    fullName: seeker.fullName,
    email: seeker.user.email,
    education: seeker.education,
    experienceYears: seeker.experienceYears,
    city: { name: seeker.city.name, provinceName: seeker.city.province.name },
    placeScope: seeker.placeScope,
    workModes: seeker.workModes,
    hoursTypes: seeker.hoursTypes,
    summary: seeker.summary,
    disabilityTypes: seeker.disabilityTypes,
    functioning: seeker.functioning.map((entry) => ({ ...entry.domain, level: entry.level })),
    accommodationNeeds: seeker.accommodationNeeds.map((entry) => entry.accommodation),
    skills: seeker.skills.map((entry) => ({ ...entry.skill, level: entry.level })),
    disclosure: {
      showDisabilityTypes: seeker.showDisabilityTypes,
      showFunctioning: seeker.showFunctioning,
      showAccommodationNeeds: seeker.showAccommodationNeeds,
      consentedAt: seeker.consentedAt,
    },
    applications: seeker.applications.map((application) => ({
      id: application.id,
      status: application.status,
      createdAt: application.createdAt,
      vacancyTitle: application.vacancy.title,
      companyName: application.vacancy.company.name,
    })),
  };
}
