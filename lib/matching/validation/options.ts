import { MatchingInputError } from "../errors";
import { AUDIENCES, type Audience } from "../types";

/** Reads the audience option, which decides whether the employer view of seekers applies. */
export function requireAudience(options: { audience: Audience }): Audience {
  const audience = (options as { audience?: unknown } | undefined)?.audience;
  if (typeof audience !== "string" || !(AUDIENCES as readonly string[]).includes(audience)) {
    throw new MatchingInputError(
      "invalid_argument",
      "options.audience",
      `invalid audience ${JSON.stringify(audience)}; expected one of ${AUDIENCES.join(", ")}`,
    );
  }
  return audience as Audience;
}

/** Reads the number of results to keep: an integer of 0 or more (0 returns no results). */
export function requireResultCount(options: { k: number }): number {
  const k = (options as { k?: unknown } | undefined)?.k;
  if (typeof k !== "number" || !Number.isInteger(k) || k < 0) {
    throw new MatchingInputError(
      "invalid_argument",
      "options.k",
      `invalid result count ${JSON.stringify(k)}; expected an integer of 0 or more`,
    );
  }
  return k;
}
