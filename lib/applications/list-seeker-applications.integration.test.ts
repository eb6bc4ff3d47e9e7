import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { insertCompany, insertPlacesAndOccupations, insertSeeker, insertUser, insertVacancy } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { listSeekerApplications } from "./list-seeker-applications";
import { submitApplication } from "./submit-application";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await insertPlacesAndOccupations(database.prisma);
});

afterAll(async () => {
  await database.drop();
});

describe("listSeekerApplications", () => {
  it("lists only the seeker's applications with history", async () => {
    const db = database.prisma;
    const { id: companyId } = await insertCompany(db, { name: "PT Makassar Maju", cityCode: "73.71" });
    const first = await insertVacancy(db, { companyId, title: "Kasir", cityCode: "73.71" });
    const second = await insertVacancy(db, { companyId, title: "Penjahit" });
    const me = await insertSeeker(db);
    const other = await insertSeeker(db);

    await submitApplication({ db, actor: me.actor, vacancyId: first.id, coverLetter: "", now: new Date("2026-12-01T10:00:00Z") });
    const secondApplication = await submitApplication({
      db,
      actor: me.actor,
      vacancyId: second.id,
      coverLetter: "",
      now: new Date("2026-12-02T10:00:00Z"),
    });
    await submitApplication({ db, actor: other.actor, vacancyId: first.id, coverLetter: "", now: new Date("2026-12-03T10:00:00Z") });

    const employer = await insertUser(db, { role: "employer", name: "HR" });
    await db.application.update({ where: { id: secondApplication.applicationId }, data: { status: "reviewing" } });
    await db.applicationStatusChange.create({
      data: {
        applicationId: secondApplication.applicationId,
        fromStatus: "submitted",
        toStatus: "reviewing",
        changedById: employer.id,
        changedAt: new Date("2026-12-04T10:00:00Z"),
      },
    });

    const list = await listSeekerApplications({ db, seekerId: me.seekerId });

    expect(list.map((item) => item.vacancy.title)).toEqual(["Penjahit", "Kasir"]);
    expect(list[0].status).toBe("reviewing");
    expect(list[0].history.map((entry) => [entry.toStatus, entry.changedByRole])).toEqual([
      ["submitted", "seeker"],
      ["reviewing", "employer"],
    ]);
    expect(list[1].vacancy).toMatchObject({ companyName: "PT Makassar Maju", cityName: "Kota Makassar", timeZone: "WITA" });
  });
});
