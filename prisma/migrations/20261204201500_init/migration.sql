-- CreateEnum
CREATE TYPE "Role" AS ENUM ('seeker', 'employer', 'city_officer', 'admin');

-- CreateEnum
CREATE TYPE "TimeZone" AS ENUM ('WIB', 'WITA', 'WIT');

-- CreateEnum
CREATE TYPE "CityType" AS ENUM ('kabupaten', 'kota', 'administrative');

-- CreateEnum
CREATE TYPE "DisabilityType" AS ENUM ('physical', 'intellectual', 'mental', 'sensory_seeing', 'sensory_hearing', 'sensory_speech');

-- CreateEnum
CREATE TYPE "DifficultyLevel" AS ENUM ('none', 'some', 'a_lot', 'cannot');

-- CreateEnum
CREATE TYPE "DemandLevel" AS ENUM ('some', 'high');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('none', 'primary', 'junior_secondary', 'senior_secondary', 'diploma', 'bachelor', 'postgraduate');

-- CreateEnum
CREATE TYPE "WorkMode" AS ENUM ('onsite', 'hybrid', 'remote');

-- CreateEnum
CREATE TYPE "HoursType" AS ENUM ('full_time', 'part_time');

-- CreateEnum
CREATE TYPE "PlaceScope" AS ENUM ('city', 'province', 'anywhere');

-- CreateEnum
CREATE TYPE "CompanySector" AS ENUM ('private', 'government', 'state_owned', 'regional_owned');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('pending', 'verified', 'rejected');

-- CreateEnum
CREATE TYPE "AccommodationKind" AS ENUM ('accommodation', 'access_feature');

-- CreateEnum
CREATE TYPE "VacancyStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('submitted', 'reviewing', 'interview', 'offered', 'hired', 'rejected', 'withdrawn');

-- CreateTable
CREATE TABLE "Province" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" "TimeZone" NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "City" (
    "code" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "type" "CityType" NOT NULL,
    "name" TEXT NOT NULL,
    "nameWithoutType" TEXT NOT NULL,

    CONSTRAINT "City_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Occupation" (
    "code" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "parentCode" TEXT,
    "titleId" TEXT NOT NULL,
    "iscoCode" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,

    CONSTRAINT "Occupation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Skill" (
    "id" TEXT NOT NULL,
    "escoLabel" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "category" TEXT NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctioningDomain" (
    "id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionEn" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,

    CONSTRAINT "FunctioningDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Accommodation" (
    "id" TEXT NOT NULL,
    "kind" "AccommodationKind" NOT NULL,
    "labelId" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "descriptionId" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Accommodation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccommodationDomain" (
    "accommodationId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,

    CONSTRAINT "AccommodationDomain_pkey" PRIMARY KEY ("accommodationId","domainId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "name" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'id',
    "cityCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeekerProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "cityCode" TEXT NOT NULL,
    "education" "EducationLevel" NOT NULL,
    "experienceYears" INTEGER NOT NULL DEFAULT 0,
    "placeScope" "PlaceScope" NOT NULL DEFAULT 'city',
    "workModes" "WorkMode"[],
    "hoursTypes" "HoursType"[],
    "disabilityTypes" "DisabilityType"[],
    "summary" TEXT NOT NULL DEFAULT '',
    "showDisabilityTypes" BOOLEAN NOT NULL DEFAULT false,
    "showFunctioning" BOOLEAN NOT NULL DEFAULT false,
    "showAccommodationNeeds" BOOLEAN NOT NULL DEFAULT true,
    "consentedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeekerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeekerSkill" (
    "seekerId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "SeekerSkill_pkey" PRIMARY KEY ("seekerId","skillId")
);

-- CreateTable
CREATE TABLE "SeekerFunctioning" (
    "seekerId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "level" "DifficultyLevel" NOT NULL,

    CONSTRAINT "SeekerFunctioning_pkey" PRIMARY KEY ("seekerId","domainId")
);

-- CreateTable
CREATE TABLE "SeekerAccommodationNeed" (
    "seekerId" TEXT NOT NULL,
    "accommodationId" TEXT NOT NULL,

    CONSTRAINT "SeekerAccommodationNeed_pkey" PRIMARY KEY ("seekerId","accommodationId")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nib" TEXT NOT NULL,
    "sector" "CompanySector" NOT NULL,
    "industry" TEXT NOT NULL DEFAULT '',
    "headcount" INTEGER NOT NULL,
    "employeesWithDisabilities" INTEGER NOT NULL DEFAULT 0,
    "cityCode" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "accessibilityNotes" TEXT NOT NULL DEFAULT '',
    "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'pending',
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyMember" (
    "userId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyMember_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "CompanyAccessFeature" (
    "companyId" TEXT NOT NULL,
    "accommodationId" TEXT NOT NULL,

    CONSTRAINT "CompanyAccessFeature_pkey" PRIMARY KEY ("companyId","accommodationId")
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "occupationCode" TEXT NOT NULL,
    "cityCode" TEXT NOT NULL,
    "workMode" "WorkMode" NOT NULL,
    "hoursType" "HoursType" NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "salaryMin" INTEGER,
    "salaryMax" INTEGER,
    "minEducation" "EducationLevel" NOT NULL DEFAULT 'none',
    "minExperienceYears" INTEGER NOT NULL DEFAULT 0,
    "deadline" DATE NOT NULL,
    "openings" INTEGER NOT NULL DEFAULT 1,
    "status" "VacancyStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vacancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VacancySkill" (
    "vacancyId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,
    "minLevel" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "VacancySkill_pkey" PRIMARY KEY ("vacancyId","skillId")
);

-- CreateTable
CREATE TABLE "JobFunction" (
    "id" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "JobFunction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobFunctionDemand" (
    "jobFunctionId" TEXT NOT NULL,
    "domainId" TEXT NOT NULL,
    "level" "DemandLevel" NOT NULL,

    CONSTRAINT "JobFunctionDemand_pkey" PRIMARY KEY ("jobFunctionId","domainId")
);

-- CreateTable
CREATE TABLE "VacancyAccommodation" (
    "vacancyId" TEXT NOT NULL,
    "accommodationId" TEXT NOT NULL,

    CONSTRAINT "VacancyAccommodation_pkey" PRIMARY KEY ("vacancyId","accommodationId")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "seekerId" TEXT NOT NULL,
    "vacancyId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'submitted',
    "coverLetter" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStatusChange" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ApplicationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "cityCode" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "City_provinceCode_idx" ON "City"("provinceCode");

-- CreateIndex
CREATE UNIQUE INDEX "FunctioningDomain_position_key" ON "FunctioningDomain"("position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_cityCode_idx" ON "User"("cityCode");

-- CreateIndex
CREATE UNIQUE INDEX "SeekerProfile_userId_key" ON "SeekerProfile"("userId");

-- CreateIndex
CREATE INDEX "SeekerProfile_cityCode_idx" ON "SeekerProfile"("cityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Company_nib_key" ON "Company"("nib");

-- CreateIndex
CREATE INDEX "Company_cityCode_idx" ON "Company"("cityCode");

-- CreateIndex
CREATE INDEX "CompanyMember_companyId_idx" ON "CompanyMember"("companyId");

-- CreateIndex
CREATE INDEX "Vacancy_status_deadline_idx" ON "Vacancy"("status", "deadline");

-- CreateIndex
CREATE INDEX "Vacancy_cityCode_status_idx" ON "Vacancy"("cityCode", "status");

-- CreateIndex
CREATE INDEX "Vacancy_companyId_idx" ON "Vacancy"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "JobFunction_vacancyId_position_key" ON "JobFunction"("vacancyId", "position");

-- CreateIndex
CREATE INDEX "Application_vacancyId_status_idx" ON "Application"("vacancyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_seekerId_vacancyId_key" ON "Application"("seekerId", "vacancyId");

-- CreateIndex
CREATE INDEX "ApplicationStatusChange_applicationId_changedAt_idx" ON "ApplicationStatusChange"("applicationId", "changedAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Occupation" ADD CONSTRAINT "Occupation_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Occupation"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccommodationDomain" ADD CONSTRAINT "AccommodationDomain_accommodationId_fkey" FOREIGN KEY ("accommodationId") REFERENCES "Accommodation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccommodationDomain" ADD CONSTRAINT "AccommodationDomain_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "FunctioningDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerProfile" ADD CONSTRAINT "SeekerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerProfile" ADD CONSTRAINT "SeekerProfile_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerSkill" ADD CONSTRAINT "SeekerSkill_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "SeekerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerSkill" ADD CONSTRAINT "SeekerSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerFunctioning" ADD CONSTRAINT "SeekerFunctioning_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "SeekerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerFunctioning" ADD CONSTRAINT "SeekerFunctioning_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "FunctioningDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerAccommodationNeed" ADD CONSTRAINT "SeekerAccommodationNeed_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "SeekerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeekerAccommodationNeed" ADD CONSTRAINT "SeekerAccommodationNeed_accommodationId_fkey" FOREIGN KEY ("accommodationId") REFERENCES "Accommodation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyMember" ADD CONSTRAINT "CompanyMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyMember" ADD CONSTRAINT "CompanyMember_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAccessFeature" ADD CONSTRAINT "CompanyAccessFeature_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAccessFeature" ADD CONSTRAINT "CompanyAccessFeature_accommodationId_fkey" FOREIGN KEY ("accommodationId") REFERENCES "Accommodation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_occupationCode_fkey" FOREIGN KEY ("occupationCode") REFERENCES "Occupation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_cityCode_fkey" FOREIGN KEY ("cityCode") REFERENCES "City"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancySkill" ADD CONSTRAINT "VacancySkill_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancySkill" ADD CONSTRAINT "VacancySkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobFunction" ADD CONSTRAINT "JobFunction_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobFunctionDemand" ADD CONSTRAINT "JobFunctionDemand_jobFunctionId_fkey" FOREIGN KEY ("jobFunctionId") REFERENCES "JobFunction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobFunctionDemand" ADD CONSTRAINT "JobFunctionDemand_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "FunctioningDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyAccommodation" ADD CONSTRAINT "VacancyAccommodation_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyAccommodation" ADD CONSTRAINT "VacancyAccommodation_accommodationId_fkey" FOREIGN KEY ("accommodationId") REFERENCES "Accommodation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "SeekerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

