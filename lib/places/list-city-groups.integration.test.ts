import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { insertPlacesAndOccupations } from "@/tests/helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

import { listCityGroups } from "./list-city-groups";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await insertPlacesAndOccupations(testDb.prisma);
  // Code order and name order differ here: 32.01 Bogor comes before 32.04 Bandung.
  await testDb.prisma.city.createMany({
    data: [
      { code: "32.01", provinceCode: "32", type: "kabupaten", name: "Kabupaten Bogor", nameWithoutType: "Bogor" },
      { code: "32.79", provinceCode: "32", type: "kota", name: "Kota Banjar", nameWithoutType: "Banjar" },
    ],
  });
});

afterAll(async () => {
  await testDb?.drop();
});

describe("listCityGroups", () => {
  it("sorts provinces by name", async () => {
    const groups = await listCityGroups({ db: testDb.prisma });
    expect(groups.map((group) => group.label)).toEqual(["Jawa Barat", "Jawa Timur", "Papua", "Sulawesi Selatan"]);
  });

  it("sorts cities by name within their province", async () => {
    const groups = await listCityGroups({ db: testDb.prisma });
    expect(groups[0]!.options).toEqual([
      { value: "32.04", label: "Kabupaten Bandung" },
      { value: "32.01", label: "Kabupaten Bogor" },
      { value: "32.73", label: "Kota Bandung" },
      { value: "32.79", label: "Kota Banjar" },
    ]);
  });
});
