import { getDMMF } from "@prisma/internals";
import { describe, expect, it } from "vitest";

import { defaultIndexName, schemaModelFromDatamodel } from "./schema-model";

const HEADER = `
datasource db {
  provider = "postgresql"
}
`;

async function modelOf(body: string) {
  const dmmf = await getDMMF({ datamodel: `${HEADER}\n${body}` });
  return schemaModelFromDatamodel(dmmf.datamodel);
}

const SAMPLE = `
enum Mode {
  onsite
  remote @map("REMOTE")
  @@map("work_mode")
}

model Team {
  id        Int      @id @default(autoincrement()) @map("team_id")
  slug      String   @db.VarChar(40)
  members   Member[]
  @@unique([slug], map: "team_slug_unique")
  @@map("teams")
}

model Member {
  id        String    @id @default(cuid())
  teamId    Int
  mentorId  String?
  mode      Mode      @default(remote)
  modes     Mode[]
  tags      String[]  @default([])
  score     Int       @default(-1)
  ratio     Float     @default(1.5)
  amount    Decimal   @db.Decimal(10, 2)
  total     Decimal   @default(2.50)
  big       BigInt    @default(5)
  active    Boolean   @default(true)
  note      String    @default("it's")
  token     String    @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  joinedOn  DateTime  @db.Date
  seenAt    DateTime? @db.Timestamptz(6)
  createdAt DateTime  @default(now())
  updatedAt DateTime  @updatedAt
  team      Team      @relation(fields: [teamId], references: [id])
  mentor    Member?   @relation("Mentoring", fields: [mentorId], references: [id])
  mentees   Member[]  @relation("Mentoring")
  @@index([teamId, createdAt(sort: Desc)])
  @@index([ratio], type: Hash)
  @@unique([teamId, note])
}
`;

// getDMMF takes about half a second, so the tests below share one reading of SAMPLE and do not modify it.
let sample: ReturnType<typeof modelOf> | undefined;
function sampleModel() {
  sample ??= modelOf(SAMPLE);
  return sample;
}

describe("schemaModelFromDatamodel", () => {
  it("uses mapped table, column and enum names", async () => {
    const model = await sampleModel();

    expect(Object.keys(model.tables).sort()).toEqual(["Member", "teams"]);
    expect(Object.keys(model.tables.teams.columns).sort()).toEqual(["slug", "team_id"]);
    expect(model.enums).toEqual({ work_mode: ["onsite", "REMOTE"] });
  });

  it("maps scalar and native types", async () => {
    const { columns } = (await sampleModel()).tables.Member;

    expect(columns.id.type).toBe("text");
    expect(columns.teamId.type).toBe("integer");
    expect(columns.mode.type).toBe(`"work_mode"`);
    expect(columns.modes.type).toBe(`"work_mode"[]`);
    expect(columns.tags.type).toBe("text[]");
    expect(columns.ratio.type).toBe("double precision");
    expect(columns.amount.type).toBe("numeric(10,2)");
    expect(columns.total.type).toBe("numeric(65,30)");
    expect(columns.big.type).toBe("bigint");
    expect(columns.active.type).toBe("boolean");
    expect(columns.token.type).toBe("uuid");
    expect(columns.joinedOn.type).toBe("date");
    expect(columns.seenAt.type).toBe("timestamp(6) with time zone");
    expect(columns.createdAt.type).toBe("timestamp(3) without time zone");
    expect((await sampleModel()).tables.teams.columns.slug.type).toBe("character varying(40)");
  });

  it("makes optional fields and lists nullable", async () => {
    const { columns } = (await sampleModel()).tables.Member;

    expect(columns.teamId.nullable).toBe(false);
    expect(columns.mentorId.nullable).toBe(true);
    expect(columns.seenAt.nullable).toBe(true);
    expect(columns.modes.nullable).toBe(true);
    expect(columns.tags.nullable).toBe(true);
  });

  it("writes database defaults in canonical form", async () => {
    const { columns } = (await sampleModel()).tables.Member;

    expect(columns.mode.default).toBe(`'REMOTE'`);
    expect(columns.tags.default).toBe("ARRAY[]");
    expect(columns.modes.default).toBeNull();
    expect(columns.score.default).toBe("-1");
    expect(columns.ratio.default).toBe("1.5");
    expect(columns.total.default).toBe("2.5");
    expect(columns.big.default).toBe("5");
    expect(columns.active.default).toBe("true");
    expect(columns.note.default).toBe(`'it''s'`);
    expect(columns.token.default).toBe("gen_random_uuid()");
    expect(columns.createdAt.default).toBe("CURRENT_TIMESTAMP");
    expect((await sampleModel()).tables.teams.columns.team_id.default).toBe("autoincrement()");
  });

  it("leaves client-side defaults out", async () => {
    const { columns } = (await sampleModel()).tables.Member;

    expect(columns.id.default).toBeNull();
    expect(columns.updatedAt.default).toBeNull();
  });

  it("names keys and indexes like Prisma", async () => {
    const model = await sampleModel();

    expect(model.tables.teams.primaryKey).toEqual({ name: "teams_pkey", columns: [`"team_id"`], method: "btree", predicate: null });
    expect(model.tables.teams.uniqueIndexes.map((index) => index.name)).toEqual(["team_slug_unique"]);
    expect(model.tables.Member.uniqueIndexes).toEqual([
      { name: "Member_teamId_note_key", columns: [`"teamId"`, `"note"`], method: "btree", predicate: null },
    ]);
    expect(model.tables.Member.indexes).toEqual([
      { name: "Member_teamId_createdAt_idx", columns: [`"teamId"`, `"createdAt" DESC`], method: "btree", predicate: null },
      { name: "Member_ratio_idx", columns: [`"ratio"`], method: "hash", predicate: null },
    ]);
  });

  it("applies Prisma's default referential actions", async () => {
    const { foreignKeys } = (await sampleModel()).tables.Member;

    expect(foreignKeys).toEqual([
      {
        name: null,
        columns: ["teamId"],
        referencedTable: "teams",
        referencedColumns: ["team_id"],
        onDelete: "RESTRICT",
        onUpdate: "CASCADE",
      },
      {
        name: null,
        columns: ["mentorId"],
        referencedTable: "Member",
        referencedColumns: ["id"],
        onDelete: "SET NULL",
        onUpdate: "CASCADE",
      },
    ]);
  });

  it("keeps explicit referential actions", async () => {
    const model = await modelOf(`
      model Parent {
        id       Int     @id
        children Child[]
      }
      model Child {
        id       Int    @id
        parentId Int
        parent   Parent @relation(fields: [parentId], references: [id], onDelete: Cascade, onUpdate: NoAction)
      }
    `);

    expect(model.tables.Child.foreignKeys[0].onDelete).toBe("CASCADE");
    expect(model.tables.Child.foreignKeys[0].onUpdate).toBe("NO ACTION");
    expect(model.tables.Parent.foreignKeys).toEqual([]);
  });

  it("rejects schema features it does not model", async () => {
    await expect(
      modelOf(`
        model Post {
          id   Int   @id
          tags Tag[]
        }
        model Tag {
          id    Int    @id
          posts Post[]
        }
      `),
    ).rejects.toThrow(/implicit many-to-many/);
    await expect(
      modelOf(`
        model Event {
          id Int      @id
          at DateTime @default("2026-01-01T00:00:00Z")
        }
      `),
    ).rejects.toThrow(/Event\.at: literal DateTime defaults/);
  });
});

describe("defaultIndexName", () => {
  it("cuts long names to 63 bytes before the suffix", () => {
    const table = "ApplicationStatusChangeWithAVeryLongNameThatKeepsGoing";
    const name = defaultIndexName(table, ["applicationId", "changedAt"], "normal");

    expect(name).toBe(`${table}_appl_idx`);
    expect(name).toHaveLength(63);
    expect(defaultIndexName("x".repeat(70), [], "id")).toBe(`${"x".repeat(58)}_pkey`);
  });
});
