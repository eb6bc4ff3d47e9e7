import { internPlace, internSkill, type MatchingContext } from "../context";
import { MatchingInputError } from "../errors";
import { FULL_SKILL_CREDIT, HIGH_DEMAND_WEIGHT, PREFERRED_SKILL_WEIGHT, REQUIRED_SKILL_WEIGHT, SOME_DEMAND_WEIGHT } from "../formulas";
import { FUNCTIONING_DOMAINS, type Vacancy } from "../types";
import { requireArray } from "../validation/checks";
import { validateVacancy } from "../validation/validate";
import { educationIndex, hoursBit, rankIds, setBit, workModeBit } from "./encoding";

const DOMAIN_COUNT = FUNCTIONING_DOMAINS.length;

/**
 * Vacancies in columnar typed arrays for the ranking hot loop. Row `v` describes sources[v].
 * Skills are stored in CSR form: the skills of row v are entries skillStart[v]..skillStart[v+1].
 * The source objects are kept for explanations and must not be changed after preparing.
 */
export interface PreparedVacancies {
  readonly context: MatchingContext;
  readonly count: number;
  readonly sources: readonly Vacancy[];
  /** Rank of each id in ascending id order, for tie breaking. */
  readonly idRank: Uint32Array;
  readonly isOpen: Uint8Array;
  readonly workModeBit: Uint8Array;
  readonly hoursBit: Uint8Array;
  readonly city: Int32Array;
  readonly province: Int32Array;
  readonly skillStart: Uint32Array;
  readonly skillIndex: Int32Array;
  readonly skillMinLevel: Uint8Array;
  readonly skillWeight: Uint8Array;
  /** Sum of weight times full credit over the row's skills; 0 when it lists none. */
  readonly maxSkillCredit: Int32Array;
  readonly educationMin: Uint8Array;
  readonly experienceMin: Float64Array;
  /** Mask of domains that any essential function demands. */
  readonly demandedDomains: Uint8Array;
  /** Demand weight per row and domain (row * 6 + domain index), of all demands. */
  readonly demandWeight: Int32Array;
  /** Demand weight per row and domain of the "high" demands only. */
  readonly highDemandWeight: Int32Array;
  readonly totalDemandWeight: Int32Array;
  /** Mask of domains covered by an offered accommodation. */
  readonly coveredDomains: Uint8Array;
  /** Bit set of offered catalogue positions, context.accommodationWords words per row. */
  readonly offered: Uint32Array;
}

/** Validates the vacancies and builds their prepared form. Throws MatchingInputError on bad input. */
export function prepareVacancies(context: MatchingContext, vacancies: readonly Vacancy[]): PreparedVacancies {
  const sources = requireArray(vacancies, "vacancies") as readonly Vacancy[];
  let skillTotal = 0;
  for (const vacancy of sources) {
    validateVacancy(context, vacancy);
    skillTotal += vacancy.requiredSkills.length + vacancy.preferredSkills.length;
  }

  const count = sources.length;
  const words = context.accommodationWords;
  const prepared = {
    context,
    count,
    sources: sources.slice(),
    idRank: rankIds(
      sources.map((vacancy) => vacancy.id),
      (id) => {
        throw new MatchingInputError("duplicate_entry", "id", `duplicate vacancy id "${id}"`, id);
      },
    ),
    isOpen: new Uint8Array(count),
    workModeBit: new Uint8Array(count),
    hoursBit: new Uint8Array(count),
    city: new Int32Array(count),
    province: new Int32Array(count),
    skillStart: new Uint32Array(count + 1),
    skillIndex: new Int32Array(skillTotal),
    skillMinLevel: new Uint8Array(skillTotal),
    skillWeight: new Uint8Array(skillTotal),
    maxSkillCredit: new Int32Array(count),
    educationMin: new Uint8Array(count),
    experienceMin: new Float64Array(count),
    demandedDomains: new Uint8Array(count),
    demandWeight: new Int32Array(count * DOMAIN_COUNT),
    highDemandWeight: new Int32Array(count * DOMAIN_COUNT),
    totalDemandWeight: new Int32Array(count),
    coveredDomains: new Uint8Array(count),
    offered: new Uint32Array(count * words),
  } satisfies PreparedVacancies;

  let skillCursor = 0;
  sources.forEach((vacancy, row) => {
    skillCursor = fillVacancyRow(prepared, row, vacancy, skillCursor);
  });
  return prepared;
}

/** Writes one vacancy into row `row` and returns the next free skill entry. */
function fillVacancyRow(prepared: PreparedVacancies, row: number, vacancy: Vacancy, skillCursor: number): number {
  const { context } = prepared;
  prepared.isOpen[row] = vacancy.isOpen ? 1 : 0;
  prepared.workModeBit[row] = workModeBit(vacancy.workMode);
  prepared.hoursBit[row] = hoursBit(vacancy.hoursType);
  prepared.city[row] = internPlace(context, vacancy.cityCode);
  prepared.province[row] = internPlace(context, vacancy.provinceCode);
  prepared.educationMin[row] = educationIndex(vacancy.minEducation);
  prepared.experienceMin[row] = vacancy.minExperienceYears;

  let cursor = skillCursor;
  let maxCredit = 0;
  const lists = [
    { skills: vacancy.requiredSkills, weight: REQUIRED_SKILL_WEIGHT },
    { skills: vacancy.preferredSkills, weight: PREFERRED_SKILL_WEIGHT },
  ];
  for (const { skills, weight } of lists) {
    for (const skill of skills) {
      prepared.skillIndex[cursor] = internSkill(context, skill.skillId);
      prepared.skillMinLevel[cursor] = skill.minLevel;
      prepared.skillWeight[cursor] = weight;
      maxCredit += weight * FULL_SKILL_CREDIT;
      cursor += 1;
    }
  }
  prepared.skillStart[row + 1] = cursor;
  prepared.maxSkillCredit[row] = maxCredit;

  let demanded = 0;
  let totalWeight = 0;
  for (const jobFunction of vacancy.essentialFunctions) {
    for (const demand of jobFunction.demands) {
      const domain = FUNCTIONING_DOMAINS.indexOf(demand.domain);
      const weight = demand.level === "high" ? HIGH_DEMAND_WEIGHT : SOME_DEMAND_WEIGHT;
      demanded |= 1 << domain;
      totalWeight += weight;
      prepared.demandWeight[row * DOMAIN_COUNT + domain] += weight;
      if (demand.level === "high") {
        prepared.highDemandWeight[row * DOMAIN_COUNT + domain] += weight;
      }
    }
  }
  prepared.demandedDomains[row] = demanded;
  prepared.totalDemandWeight[row] = totalWeight;

  let covered = 0;
  for (const offer of vacancy.accommodationsOffered) {
    const position = context.accommodationIndex.get(offer) as number;
    setBit(prepared.offered, row * context.accommodationWords, position);
    covered |= context.accommodationDomainMask[position];
  }
  prepared.coveredDomains[row] = covered;

  return cursor;
}
