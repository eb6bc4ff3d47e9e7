import { describe, expect, it } from "vitest";
import { z } from "zod";

import { firstErrorPerField } from "./field-order";

const schema = z
  .object({
    name: z.string().min(1, { error: "nameRequired" }),
    minimum: z.number(),
    maximum: z.number(),
    rows: z.array(z.object({ text: z.string().min(1, { error: "rowRequired" }) })),
    email: z.email({ error: "emailInvalid" }),
  })
  .refine((input) => input.minimum <= input.maximum, { error: "minimumAboveMaximum", path: ["maximum"], when: () => true });

function errorsOf(input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : firstErrorPerField(schema, result.error.issues);
}

describe("firstErrorPerField", () => {
  it("puts a refinement issue at its field's place", () => {
    expect(errorsOf({ name: "", minimum: 5, maximum: 1, rows: [], email: "x" })).toEqual([
      ["name", "nameRequired"],
      ["maximum", "minimumAboveMaximum"],
      ["email", "emailInvalid"],
    ]);
  });

  it("orders rows of a list by index", () => {
    const issues = [
      { path: ["rows", 2, "text"], message: "third" },
      { path: ["rows", 0, "text"], message: "first" },
    ];
    expect(firstErrorPerField(schema, issues).map(([field]) => field)).toEqual(["rows.0.text", "rows.2.text"]);
  });

  it("keeps the first message of a field", () => {
    const issues = [
      { path: ["name"], message: "first" },
      { path: ["name"], message: "second" },
    ];
    expect(firstErrorPerField(schema, issues)).toEqual([["name", "first"]]);
  });

  it("puts issues outside the shape last, in reported order", () => {
    const issues = [
      { path: [], message: "whole form" },
      { path: ["email"], message: "emailInvalid" },
    ];
    expect(firstErrorPerField(schema, issues)).toEqual([
      ["email", "emailInvalid"],
      ["form", "whole form"],
    ]);
  });

  it("keeps zod's order for a schema that is not an object", () => {
    const issues = [
      { path: ["b"], message: "second field" },
      { path: ["a"], message: "first field" },
    ];
    expect(firstErrorPerField(z.string(), issues).map(([field]) => field)).toEqual(["b", "a"]);
  });
});
