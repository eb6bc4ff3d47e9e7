import { internPlace, internSkill, type MatchingContext } from "../context";
import { seekerViewFor } from "../disclosure";
import { MatchingInputError } from "../errors";
import { FUNCTIONING_DOMAINS, type Audience, type FunctioningDomain, type Seeker } from "../types";
import { requireArray } from "../validation/checks";
import { requireAudience } from "../validation/options";
import { validateSeeker } from "../validation/validate";
import {
  acceptedMask,
  ALL_HOURS_TYPES_MASK,
  ALL_WORK_MODES_MASK,
  domainMask,
  educationIndex,
  hoursBit,
  popcount32,
  rankIds,
  scopeCode,
  setBit,
  workModeBit,
} from "./encoding";

/**
 * Seekers in columnar typed arrays, already reduced to the view of `audience`. Row `s`
 * describes sources[s], and skills are in CSR form like PreparedVacancies. The sources are the
 * full profiles, kept for explanations, and must not be changed after preparing.
 */
export interface PreparedSeekers {
  readonly context: MatchingContext;
  readonly audience: Audience;
  readonly count: number;
  readonly sources: readonly Seeker[];
  readonly idRank: Uint32Array;
  readonly workModeMask: Uint8Array;
  readonly hoursMask: Uint8Array;
  readonly placeScope: Uint8Array;
  readonly city: Int32Array;
  readonly province: Int32Array;
  readonly skillStart: Uint32Array;
  readonly skillIndex: Int32Array;
  readonly skillLevel: Uint8Array;
  readonly education: Uint8Array;
  readonly experience: Float64Array;
  /** Mask of domains with difficulty "some". */
  readonly someDomains: Uint8Array;
  /** Mask of domains with difficulty "a_lot" or "cannot". */
  readonly severeDomains: Uint8Array;
  /** Number of distinct accommodation needs. */
  readonly needCount: Int32Array;
  /** Bit set of needed catalogue positions, context.accommodationWords words per row. */
  readonly needs: Uint32Array;
}

/**
 * Validates the seekers and builds their prepared form for one audience. Employers get each
 * seeker's disclosed view, so hidden functioning and needs never reach the employer ranking.
 */
export function prepareSeekers(
  context: MatchingContext,
  seekers: readonly Seeker[],
  options: { audience: Audience },
): PreparedSeekers {
  const audience = requireAudience(options);
  const sources = requireArray(seekers, "seekers") as readonly Seeker[];
  let skillTotal = 0;
  for (const seeker of sources) {
    validateSeeker(context, seeker);
    skillTotal += seeker.skills.length;
  }

  const count = sources.length;
  const prepared = {
    context,
    audience,
    count,
    sources: sources.slice(),
    idRank: rankIds(
      sources.map((seeker) => seeker.id),
      (id) => {
        throw new MatchingInputError("duplicate_entry", "id", `duplicate seeker id "${id}"`, id);
      },
    ),
    workModeMask: new Uint8Array(count),
    hoursMask: new Uint8Array(count),
    placeScope: new Uint8Array(count),
    city: new Int32Array(count),
    province: new Int32Array(count),
    skillStart: new Uint32Array(count + 1),
    skillIndex: new Int32Array(skillTotal),
    skillLevel: new Uint8Array(skillTotal),
    education: new Uint8Array(count),
    experience: new Float64Array(count),
    someDomains: new Uint8Array(count),
    severeDomains: new Uint8Array(count),
    needCount: new Int32Array(count),
    needs: new Uint32Array(count * context.accommodationWords),
  } satisfies PreparedSeekers;

  let skillCursor = 0;
  sources.forEach((seeker, row) => {
    skillCursor = fillSeekerRow(prepared, row, seekerViewFor(seeker, audience), skillCursor);
  });
  return prepared;
}

/** Writes one seeker view into row `row` and returns the next free skill entry. */
function fillSeekerRow(prepared: PreparedSeekers, row: number, seeker: Seeker, skillCursor: number): number {
  const { context } = prepared;
  prepared.workModeMask[row] = acceptedMask(seeker.workModes, workModeBit, ALL_WORK_MODES_MASK);
  prepared.hoursMask[row] = acceptedMask(seeker.hoursTypes, hoursBit, ALL_HOURS_TYPES_MASK);
  prepared.placeScope[row] = scopeCode(seeker.placeScope);
  prepared.city[row] = internPlace(context, seeker.cityCode);
  prepared.province[row] = internPlace(context, seeker.provinceCode);
  prepared.education[row] = educationIndex(seeker.education);
  prepared.experience[row] = seeker.experienceYears;

  let cursor = skillCursor;
  for (const skill of seeker.skills) {
    prepared.skillIndex[cursor] = internSkill(context, skill.skillId);
    prepared.skillLevel[cursor] = skill.level;
    cursor += 1;
  }
  prepared.skillStart[row + 1] = cursor;

  const some: FunctioningDomain[] = [];
  const severe: FunctioningDomain[] = [];
  for (const domain of FUNCTIONING_DOMAINS) {
    const level = seeker.functioning[domain];
    if (level === "some") {
      some.push(domain);
    } else if (level === "a_lot" || level === "cannot") {
      severe.push(domain);
    }
  }
  prepared.someDomains[row] = domainMask(some);
  prepared.severeDomains[row] = domainMask(severe);

  // Duplicate needs set the same bit, so counting bits counts distinct needs.
  const offset = row * context.accommodationWords;
  for (const need of seeker.accommodationNeeds) {
    setBit(prepared.needs, offset, context.accommodationIndex.get(need) as number);
  }
  let needCount = 0;
  for (let word = 0; word < context.accommodationWords; word++) {
    needCount += popcount32(prepared.needs[offset + word]);
  }
  prepared.needCount[row] = needCount;

  return cursor;
}
