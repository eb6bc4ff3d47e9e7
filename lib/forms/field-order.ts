import { z } from "zod";

type Issue = { path: readonly PropertyKey[]; message: string };

// Returns the first message of each field, in the order the object schema lists its fields, so a
// form schema lists them in the order the page shows them. zod reports an object-level refinement
// after every field issue, and without this order a cross-field error such as "minimum above
// maximum" would come last in the error summary. Rows of one list field keep their index order,
// and issues on a path outside the shape follow in the order zod reported them.
export function firstErrorPerField(schema: z.ZodType, issues: readonly Issue[]): [field: string, message: string][] {
  const fields = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const position = (issue: Issue) => {
    const index = fields.indexOf(String(issue.path[0]));
    return index === -1 ? fields.length : index;
  };
  const rowOf = (issue: Issue) => (typeof issue.path[1] === "number" ? issue.path[1] : 0);

  // Array.prototype.sort is stable, so issues of the same field keep zod's order.
  const sorted = [...issues].sort((a, b) => position(a) - position(b) || rowOf(a) - rowOf(b));

  const firstByField = new Map<string, string>();
  for (const issue of sorted) {
    const field = issue.path.map(String).join(".") || "form";
    if (!firstByField.has(field)) firstByField.set(field, issue.message);
  }
  return [...firstByField.entries()];
}
