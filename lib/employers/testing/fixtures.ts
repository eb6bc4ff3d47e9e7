import type { Database } from "@/lib/db/create-client";
import { insertPlacesAndOccupations } from "@/tests/helpers/fixtures";

// Reference rows for integration tests of the employer journey, written into a fresh test schema:
// the shared places and occupations, two skills, the six Washington Group domains labelled by
// their ids, and two accommodations and two access features.
export async function createEmployerReference(db: Database): Promise<void> {
  await insertPlacesAndOccupations(db);
  await db.skill.createMany({
    data: [
      { id: "data_entry", escoLabel: "perform data entry", labelId: "Entri data", labelEn: "Data entry", category: "office" },
      { id: "use_spreadsheets", escoLabel: "use spreadsheets software", labelId: "Spreadsheet", labelEn: "Spreadsheets", category: "digital" },
    ],
  });
  const domains = ["seeing", "hearing", "walking", "remembering", "self_care", "communicating"];
  await db.functioningDomain.createMany({
    data: domains.map((id, index) => ({ id, position: index + 1, questionEn: id, statementId: id, labelId: id, labelEn: id })),
  });
  await db.accommodation.createMany({
    data: [
      { id: "screen_reader", kind: "accommodation", labelId: "Pembaca layar", labelEn: "Screen reader", descriptionId: "", descriptionEn: "", position: 1 },
      { id: "flexible_hours", kind: "accommodation", labelId: "Jam fleksibel", labelEn: "Flexible hours", descriptionId: "", descriptionEn: "", position: 2 },
      { id: "step_free_access", kind: "access_feature", labelId: "Akses tanpa tangga", labelEn: "Step-free access", descriptionId: "", descriptionEn: "", position: 3 },
      { id: "elevator", kind: "access_feature", labelId: "Lift", labelEn: "Elevator", descriptionId: "", descriptionEn: "", position: 4 },
    ],
  });
}
