import { MatchingInputError } from "./errors";
import { FUNCTIONING_DOMAINS, type FunctioningDomain, type MatchingReference } from "./types";
import { requireArray, requireId, requireObject } from "./validation/checks";

/**
 * Validated reference data plus the id tables shared by prepared vacancies and seekers. Skill
 * and place ids are interned to dense integers, so structures prepared from one context can be
 * matched against each other. The tables only grow, and existing numbers never change.
 */
export interface MatchingContext {
  readonly accommodationIds: readonly string[];
  /** Catalogue position of each accommodation id. */
  readonly accommodationIndex: ReadonlyMap<string, number>;
  /** Bit mask over FUNCTIONING_DOMAINS of the domains each accommodation covers, by position. */
  readonly accommodationDomainMask: Uint8Array;
  /** 32-bit words per accommodation bit set. */
  readonly accommodationWords: number;
  /** Whether the skill table is fixed by MatchingReference.skillIds. */
  readonly skillsClosed: boolean;
  readonly skillIndex: Map<string, number>;
  readonly placeIndex: Map<string, number>;
}

/** Bit of a domain in domain masks, following FUNCTIONING_DOMAINS order. */
export function domainBit(domain: FunctioningDomain): number {
  return 1 << FUNCTIONING_DOMAINS.indexOf(domain);
}

/**
 * Validates the reference data and builds a context. Throws MatchingInputError on a duplicate
 * or empty accommodation id, an unknown domain, or a duplicate skill id.
 */
export function createMatchingContext(reference: MatchingReference): MatchingContext {
  requireObject(reference, "reference");
  const entries = requireArray(reference.accommodations, "accommodations");

  const accommodationIds: string[] = [];
  const accommodationIndex = new Map<string, number>();
  const accommodationDomainMask = new Uint8Array(entries.length);

  entries.forEach((entry, position) => {
    const field = `accommodations[${position}]`;
    requireObject(entry, field);
    const { id: rawId, coversDomains } = entry as { id: unknown; coversDomains: unknown };
    const id = requireId(rawId, `${field}.id`);
    if (accommodationIndex.has(id)) {
      throw new MatchingInputError("duplicate_entry", `${field}.id`, `duplicate accommodation id "${id}"`);
    }
    accommodationIndex.set(id, position);
    accommodationIds.push(id);

    const domains = requireArray(coversDomains, `${field}.coversDomains`);
    domains.forEach((domain, domainPosition) => {
      if (!(FUNCTIONING_DOMAINS as readonly unknown[]).includes(domain)) {
        throw new MatchingInputError(
          "unknown_domain",
          `${field}.coversDomains[${domainPosition}]`,
          `unknown functioning domain ${JSON.stringify(domain)}; expected one of ${FUNCTIONING_DOMAINS.join(", ")}`,
        );
      }
      accommodationDomainMask[position] |= domainBit(domain as FunctioningDomain);
    });
  });

  const skillIndex = new Map<string, number>();
  const skillsClosed = reference.skillIds !== undefined;
  if (reference.skillIds !== undefined) {
    requireArray(reference.skillIds, "skillIds").forEach((skillId, position) => {
      const id = requireId(skillId, `skillIds[${position}]`);
      if (skillIndex.has(id)) {
        throw new MatchingInputError("duplicate_entry", `skillIds[${position}]`, `duplicate skill id "${id}"`);
      }
      skillIndex.set(id, skillIndex.size);
    });
  }

  return {
    accommodationIds,
    accommodationIndex,
    accommodationDomainMask,
    accommodationWords: Math.max(1, Math.ceil(entries.length / 32)),
    skillsClosed,
    skillIndex,
    placeIndex: new Map(),
  };
}

/** Returns the dense number of a skill id, adding it when the skill table is open. */
export function internSkill(context: MatchingContext, skillId: string): number {
  let index = context.skillIndex.get(skillId);
  if (index === undefined) {
    index = context.skillIndex.size;
    context.skillIndex.set(skillId, index);
  }
  return index;
}

/** Returns the dense number of a city or province code. */
export function internPlace(context: MatchingContext, code: string): number {
  let index = context.placeIndex.get(code);
  if (index === undefined) {
    index = context.placeIndex.size;
    context.placeIndex.set(code, index);
  }
  return index;
}
