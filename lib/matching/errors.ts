/** Machine-readable reason of a MatchingInputError. */
export type MatchingInputErrorCode =
  | "invalid_type"
  | "invalid_id"
  | "invalid_value"
  | "invalid_level"
  | "invalid_number"
  | "unknown_domain"
  | "unknown_accommodation"
  | "unknown_skill"
  | "duplicate_entry"
  | "audience_mismatch"
  | "invalid_argument";

/**
 * Invalid input at the library boundary. `entityId` and `field` name the offending record and
 * field path (such as "requiredSkills[2].minLevel") so the adapter can log or fix the row.
 */
export class MatchingInputError extends Error {
  readonly code: MatchingInputErrorCode;
  readonly entityId: string | undefined;
  readonly field: string;

  constructor(code: MatchingInputErrorCode, field: string, message: string, entityId?: string) {
    const where = entityId === undefined ? field : `${entityId}: ${field}`;
    super(`${where}: ${message}`);
    this.name = "MatchingInputError";
    this.code = code;
    this.field = field;
    this.entityId = entityId;
  }
}
