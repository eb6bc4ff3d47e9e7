import { describe, expect, it } from "vitest";

import { staffUserInputSchema } from "./staff-user-input";

const officer = { role: "city_officer", email: " Dewi@Dinas.go.id ", name: "Dewi Lestari", cityCode: "32.73", password: "panjang sekali" };

function messages(input: Record<string, unknown>): string[] {
  const result = staffUserInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("staffUserInputSchema", () => {
  it("accepts an officer and normalises the email", () => {
    const result = staffUserInputSchema.parse(officer);
    expect(result.email).toBe("dewi@dinas.go.id");
    expect(result.cityCode).toBe("32.73");
  });

  it("accepts an admin without a city", () => {
    expect(messages({ ...officer, role: "admin", cityCode: undefined })).toEqual([]);
  });

  it("rejects an unknown role", () => {
    expect(messages({ ...officer, role: "seeker" })).toEqual(['Invalid --role: use "city_officer" or "admin"']);
  });

  it("requires a city for an officer", () => {
    expect(messages({ ...officer, cityCode: undefined })).toEqual([
      "Missing --city: a city_officer needs a kabupaten/kota code such as 32.73",
    ]);
  });

  it("rejects a city for an admin", () => {
    expect(messages({ ...officer, role: "admin" })).toEqual(["Invalid --city: an admin has no city, so leave --city out"]);
  });

  it("rejects a malformed city code", () => {
    expect(messages({ ...officer, cityCode: "3273" })).toEqual([
      "Invalid --city: expected a Kemendagri kabupaten/kota code such as 32.73",
    ]);
  });

  it("rejects a short password", () => {
    expect(messages({ ...officer, password: "pendek" })).toEqual(["Invalid password: use at least 8 characters"]);
  });

  it("rejects a malformed email", () => {
    expect(messages({ ...officer, email: "dewi" })).toEqual(["Invalid --email: expected an address like name@dinas.go.id"]);
  });

  it("reports a missing name", () => {
    expect(messages({ ...officer, name: undefined })).toEqual([
      'Missing --name: give the full name, for example --name "Dewi Lestari"',
    ]);
  });
});
