import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors/app-error";
import { insertEmployer, insertEmployerWithCompany, randomNib } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { createCompany } from "./create-company";
import { getEmployerCompany } from "./get-employer-company";
import type { CompanyInput } from "./schemas";
import { createEmployerReference } from "./testing/fixtures";
import { updateCompany } from "./update-company";

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.prisma;
  await createEmployerReference(db);
});

afterAll(async () => {
  await testDb?.drop();
});

function companyInput(overrides?: Partial<CompanyInput>): CompanyInput {
  return {
    name: "PT Maju Bersama",
    nib: randomNib(),
    sector: "private",
    industry: "Ritel",
    headcount: 150,
    employeesWithDisabilities: 1,
    cityCode: "32.73",
    address: "Jl. Asia Afrika 1",
    accessFeatures: ["step_free_access", "elevator"],
    accessibilityNotes: "",
    ...overrides,
  };
}

async function expectAppError(promise: Promise<unknown>, expected: Partial<AppError>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject(expected);
}

describe("createCompany", () => {
  it("creates a pending company with its member and access features", async () => {
    const actor = await insertEmployer(db);
    const { companyId } = await createCompany({ db, actor, input: companyInput() });

    const company = await getEmployerCompany({ db, actor: { ...actor, companyId } });
    expect(company?.verificationStatus).toBe("pending");
    expect(company?.accessFeatures.map((feature) => feature.accommodationId).sort()).toEqual(["elevator", "step_free_access"]);
  });

  it("rejects a NIB that another company uses, on the NIB field", async () => {
    const nib = randomNib();
    await createCompany({ db, actor: await insertEmployer(db), input: companyInput({ nib }) });

    const second = await insertEmployer(db);
    await expectAppError(createCompany({ db, actor: second, input: companyInput({ nib }) }), {
      code: "conflict",
      field: "nib",
      messageKey: "employer.errors.nibTaken",
    });
    expect(await db.companyMember.count({ where: { userId: second.userId } })).toBe(0);
  });

  it("allows one company per employer even when two requests race", async () => {
    const actor = await insertEmployer(db);
    const results = await Promise.allSettled([
      createCompany({ db, actor, input: companyInput() }),
      createCompany({ db, actor, input: companyInput() }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.companyMember.count({ where: { userId: actor.userId } })).toBe(1);
  });

  it("rejects a city that does not exist and a non-access-feature box", async () => {
    const actor = await insertEmployer(db);
    await expectAppError(createCompany({ db, actor, input: companyInput({ cityCode: "99.99" }) }), { field: "cityCode" });
    await expectAppError(createCompany({ db, actor, input: companyInput({ accessFeatures: ["screen_reader"] }) }), {
      field: "accessFeatures",
    });
  });
});

describe("updateCompany", () => {
  it("sends a verified company back to pending when its name changes", async () => {
    const actor = await insertEmployerWithCompany(db, { verificationStatus: "verified", verifiedAt: new Date() });
    const current = await getEmployerCompany({ db, actor });

    const result = await updateCompany({ db, actor, input: companyInput({ nib: current!.nib, name: "PT Nama Baru" }) });

    expect(result).toEqual({ backToPending: true });
    const updated = await getEmployerCompany({ db, actor });
    expect(updated?.verificationStatus).toBe("pending");
    expect(updated?.verifiedAt).toBeNull();
  });

  it("keeps a verified company verified when only the headcount changes", async () => {
    const actor = await insertEmployerWithCompany(db, { verificationStatus: "verified" });
    const current = await getEmployerCompany({ db, actor });

    const result = await updateCompany({
      db,
      actor,
      input: companyInput({ name: current!.name, nib: current!.nib, headcount: 300, accessFeatures: ["elevator"] }),
    });

    expect(result).toEqual({ backToPending: false });
    const updated = await getEmployerCompany({ db, actor });
    expect(updated?.verificationStatus).toBe("verified");
    expect(updated?.headcount).toBe(300);
    expect(updated?.accessFeatures).toEqual([{ accommodationId: "elevator" }]);
  });

  it("rejects a NIB taken by another company and changes nothing", async () => {
    const other = await insertEmployerWithCompany(db);
    const otherNib = (await getEmployerCompany({ db, actor: other }))!.nib;
    const actor = await insertEmployerWithCompany(db);
    const before = await getEmployerCompany({ db, actor });

    await expectAppError(updateCompany({ db, actor, input: companyInput({ nib: otherNib, name: "Lain" }) }), { field: "nib" });
    expect(await getEmployerCompany({ db, actor })).toEqual(before);
  });

  it("does not touch a company the employer is not a member of", async () => {
    const owner = await insertEmployerWithCompany(db);
    const intruder = { ...(await insertEmployer(db)), companyId: owner.companyId };

    await expectAppError(updateCompany({ db, actor: intruder, input: companyInput({ name: "Dibajak" }) }), { code: "not_found" });
    expect((await getEmployerCompany({ db, actor: owner }))?.name).toBe("PT Contoh Inklusif");
  });
});
