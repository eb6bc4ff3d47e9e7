import { describe, expect, it } from "vitest";

import { canonicalDefault } from "./model";

describe("canonicalDefault", () => {
  it.each([
    // Prisma migration SQL, then what PostgreSQL prints back.
    ["CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"],
    ["now()", "CURRENT_TIMESTAMP"],
    [`nextval('"AuditLog_id_seq"'::regclass)`, "autoincrement()"],
    [`nextval('t_1a2b."AuditLog_id_seq"'::regclass)`, "autoincrement()"],
    ["0", "0"],
    ["'-1'::integer", "-1"],
    ["(-1)", "-1"],
    ["'5'::bigint", "5"],
    ["2.50", "2.5"],
    ["'1.5'::double precision", "1.5"],
    ["'10'::numeric(10,2)", "10"],
    ["false", "false"],
    ["true", "true"],
    ["'t'::boolean", "true"],
    ["'id'::text", "'id'"],
    ["''::text", "''"],
    ["'it''s'::character varying", "'it''s'"],
    [`'city'::"PlaceScope"`, "'city'"],
    ["'{}'::jsonb", "'{}'"],
    ["ARRAY[]::text[]", "ARRAY[]"],
    [`ARRAY[]::"WorkMode"[]`, "ARRAY[]"],
    ["gen_random_uuid()", "gen_random_uuid()"],
    ["  lower( 'A' )  ", "lower( 'A' )"],
  ])("rewrites %s as %s", (expression, canonical) => {
    expect(canonicalDefault(expression)).toBe(canonical);
  });

  it("keeps parentheses that do not wrap the whole expression", () => {
    expect(canonicalDefault("(1) + (2)")).toBe("(1) + (2)");
  });
});
