// Hand-checked seeker/vacancy pairs. Each case starts from the base seeker and base vacancy of
// fixtures.ts (a perfect match: 40 + 20 + 15 + 15 + 10 = 100) and changes what it is about.
// The comment of each case shows the arithmetic behind the expected parts.
import { EXCLUSION_KEYS, type Explanation } from "../explanations";
import type { Audience, Seeker, Vacancy } from "../types";
import { BEKASI, gap, strength, SURABAYA } from "./fixtures";

/** Parts in display order: skills, functional fit, accommodation fit, place and work mode, education and experience. */
export type ExpectedParts = [number, number, number, number, number];

export type ExpectedOutcome =
  | { parts: ExpectedParts; score: number; strengths: Explanation[]; gaps: Explanation[] }
  | { exclusions: Explanation[] };

export interface PairCase {
  name: string;
  audience: Audience;
  seeker: Partial<Seeker>;
  vacancy: Partial<Vacancy>;
  expected: ExpectedOutcome;
}

const SPREADSHEETS = "use-spreadsheets-software";
const spreadsheetsMatched = strength("skillMatched", { skill: SPREADSHEETS, level: 2, minLevel: 2, requirement: "required" });
const sameCityBandung = strength("placeSameCity", { city: "32.73" });

const deafClerk: Partial<Seeker> = {
  id: "deaf-clerk",
  functioning: { hearing: "cannot" },
  disabilityTypes: ["sensory_hearing"],
  accommodationNeeds: ["chat_instead_of_phone"],
  skills: [
    { skillId: "enter-data", level: 3 },
    { skillId: SPREADSHEETS, level: 2 },
  ],
};
const dataEntryVacancy: Partial<Vacancy> = {
  requiredSkills: [
    { skillId: "enter-data", minLevel: 2 },
    { skillId: SPREADSHEETS, minLevel: 2 },
  ],
  essentialFunctions: [
    { id: "answer-phone-calls", demands: [{ domain: "hearing", level: "high" }, { domain: "communicating", level: "some" }] },
    { id: "enter-records", demands: [{ domain: "seeing", level: "some" }] },
  ],
};
const dataEntryStrengths = [
  strength("skillMatched", { skill: "enter-data", level: 3, minLevel: 2, requirement: "required" }),
  spreadsheetsMatched,
];
const phoneCallsHearing = { function: "answer-phone-calls", domain: "hearing", demand: "high", difficulty: "cannot" };

const wheelchairUser: Partial<Seeker> = {
  id: "wheelchair-user",
  functioning: { walking: "cannot" },
  disabilityTypes: ["physical"],
  accommodationNeeds: ["step_free_access"],
};
const secondFloorFunctions: Vacancy["essentialFunctions"] = [
  { id: "reach-second-floor-office", demands: [{ domain: "walking", level: "high" }] },
  { id: "file-documents", demands: [{ domain: "walking", level: "some" }, { domain: "seeing", level: "some" }] },
];
const reachOffice = { function: "reach-second-floor-office", domain: "walking", demand: "high", difficulty: "cannot" };
const fileDocuments = { function: "file-documents", domain: "walking", demand: "some", difficulty: "cannot" };

const blindAccountant: Partial<Seeker> = {
  id: "blind-accountant",
  functioning: { seeing: "cannot" },
  disabilityTypes: ["sensory_seeing"],
  accommodationNeeds: ["screen_reader"],
  skills: [
    { skillId: "accounting", level: 3 },
    { skillId: SPREADSHEETS, level: 2 },
  ],
  education: "bachelor",
  experienceYears: 5,
};
const accountantVacancy: Partial<Vacancy> = {
  requiredSkills: [
    { skillId: "accounting", minLevel: 2 },
    { skillId: SPREADSHEETS, minLevel: 2 },
  ],
  preferredSkills: [{ skillId: "prepare-tax-returns", minLevel: 1 }],
  minEducation: "bachelor",
  minExperienceYears: 3,
  essentialFunctions: [{ id: "review-financial-statements", demands: [{ domain: "seeing", level: "high" }] }],
};
const accountantSkillStrengths = [
  strength("skillMatched", { skill: "accounting", level: 3, minLevel: 2, requirement: "required" }),
  spreadsheetsMatched,
];
const accountantQualifications = [
  strength("educationMet", { education: "bachelor", minimum: "bachelor" }),
  strength("experienceMet", { years: 5, minimum: 3 }),
];
const taxReturnsMissing = gap("skillMissing", { skill: "prepare-tax-returns", minLevel: 1, requirement: "preferred" });
const reviewStatements = { function: "review-financial-statements", domain: "seeing", demand: "high", difficulty: "cannot" };

const hiddenHearing: Partial<Seeker> = {
  id: "private-hearing",
  functioning: { hearing: "cannot" },
  accommodationNeeds: ["sign_language_interpreter"],
  disclosure: { functioning: false, accommodationNeeds: true, disabilityTypes: false },
};
const briefingVacancy: Partial<Vacancy> = {
  id: "briefing-role",
  essentialFunctions: [{ id: "attend-briefings", demands: [{ domain: "hearing", level: "high" }] }],
};

const hiddenNeeds: Partial<Seeker> = {
  accommodationNeeds: ["screen_reader"],
  disclosure: { functioning: true, accommodationNeeds: false, disabilityTypes: true },
};

export const PAIR_CASES: PairCase[] = [
  {
    // Hearing "cannot" conflicts with the "high" hearing demand, but chat covers hearing.
    // Communicating and seeing are undisclosed, so no gap. 40 + 20 + 15 + 15 + 10.
    name: "deaf clerk, phone calls, chat offered",
    audience: "seeker",
    seeker: deafClerk,
    vacancy: { ...dataEntryVacancy, id: "data-entry-chat", accommodationsOffered: ["chat_instead_of_phone"] },
    expected: {
      parts: [40, 20, 15, 15, 10],
      score: 100,
      strengths: [
        ...dataEntryStrengths,
        strength("functionCovered", { ...phoneCallsHearing, accommodation: "chat_instead_of_phone" }),
        strength("accommodationOffered", { accommodation: "chat_instead_of_phone" }),
        sameCityBandung,
      ],
      gaps: [],
    },
  },
  {
    // Demand weight 2 (hearing high) + 1 + 1 = 4. The hearing demand is uncovered, so
    // functional = 20 * 2/4 = 10. The chat need is not offered: accommodation 0.
    name: "deaf clerk, phone calls, no chat",
    audience: "seeker",
    seeker: deafClerk,
    vacancy: { ...dataEntryVacancy, id: "data-entry-phone" },
    expected: {
      parts: [40, 10, 0, 15, 10],
      score: 75,
      strengths: [...dataEntryStrengths, sameCityBandung],
      gaps: [
        gap("accommodationToDiscuss", phoneCallsHearing),
        gap("accommodationNotOffered", { accommodation: "chat_instead_of_phone" }),
      ],
    },
  },
  {
    // Weights: walking high 2, walking some 1, seeing some 1 = 4. Walking "cannot" conflicts with
    // both walking demands (3) and nothing covers walking: functional = 20 * 1/4 = 5.
    // Still scored and listed: a gap is something to discuss, never a rejection.
    name: "wheelchair user, second floor, no lift",
    audience: "seeker",
    seeker: wheelchairUser,
    vacancy: { id: "second-floor-office", essentialFunctions: secondFloorFunctions },
    expected: {
      parts: [40, 5, 0, 15, 10],
      score: 70,
      strengths: [spreadsheetsMatched, sameCityBandung],
      gaps: [
        gap("accommodationToDiscuss", reachOffice),
        gap("accommodationToDiscuss", fileDocuments),
        gap("accommodationNotOffered", { accommodation: "step_free_access" }),
      ],
    },
  },
  {
    // Both walking gaps are covered. The strength names step_free_access, the first covering
    // accommodation in catalogue order, although the vacancy lists lift_access first.
    name: "wheelchair user, lift and step-free",
    audience: "seeker",
    seeker: wheelchairUser,
    vacancy: {
      id: "office-with-lift",
      essentialFunctions: secondFloorFunctions,
      accommodationsOffered: ["lift_access", "step_free_access"],
    },
    expected: {
      parts: [40, 20, 15, 15, 10],
      score: 100,
      strengths: [
        spreadsheetsMatched,
        strength("functionCovered", { ...reachOffice, accommodation: "step_free_access" }),
        strength("functionCovered", { ...fileDocuments, accommodation: "step_free_access" }),
        strength("accommodationOffered", { accommodation: "step_free_access" }),
        sameCityBandung,
      ],
      gaps: [],
    },
  },
  {
    // Skills: two required met (2 * 6 each = 24), preferred tax returns missing (0 of 6):
    // 40 * 24/30 = 32. The screen reader covers seeing. Bachelor and 5 of 3 years meet the minimums.
    name: "blind accountant, screen reader ready",
    audience: "seeker",
    seeker: blindAccountant,
    vacancy: { ...accountantVacancy, id: "accountant-screen-reader", accommodationsOffered: ["screen_reader"] },
    expected: {
      parts: [32, 20, 15, 15, 10],
      score: 92,
      strengths: [
        ...accountantSkillStrengths,
        strength("functionCovered", { ...reviewStatements, accommodation: "screen_reader" }),
        strength("accommodationOffered", { accommodation: "screen_reader" }),
        sameCityBandung,
        ...accountantQualifications,
      ],
      gaps: [taxReturnsMissing],
    },
  },
  {
    // The only demand (seeing high, weight 2) is an uncovered gap: functional 0, accommodation 0.
    name: "blind accountant, no screen reader",
    audience: "seeker",
    seeker: blindAccountant,
    vacancy: { ...accountantVacancy, id: "accountant-no-screen-reader" },
    expected: {
      parts: [32, 0, 0, 15, 10],
      score: 57,
      strengths: [...accountantSkillStrengths, sameCityBandung, ...accountantQualifications],
      gaps: [
        taxReturnsMissing,
        gap("accommodationToDiscuss", reviewStatements),
        gap("accommodationNotOffered", { accommodation: "screen_reader" }),
      ],
    },
  },
  {
    // Another kabupaten/kota in the home province: place 10.
    name: "place, same province, other city",
    audience: "seeker",
    seeker: { placeScope: "province" },
    vacancy: { ...BEKASI },
    expected: {
      parts: [40, 20, 15, 10, 10],
      score: 95,
      strengths: [spreadsheetsMatched],
      gaps: [gap("placeOtherCity", { city: "32.75", province: "32" })],
    },
  },
  {
    // Remote work satisfies place fully, even for a seeker who accepts only the home city.
    name: "place, remote in other province",
    audience: "seeker",
    seeker: { placeScope: "city" },
    vacancy: { ...SURABAYA, workMode: "remote" },
    expected: {
      parts: [40, 20, 15, 15, 10],
      score: 100,
      strengths: [spreadsheetsMatched, strength("placeRemote")],
      gaps: [],
    },
  },
  {
    // Another province is only possible for scope "anywhere": place 5.
    name: "place, other province, anywhere",
    audience: "seeker",
    seeker: { placeScope: "anywhere" },
    vacancy: { ...SURABAYA },
    expected: {
      parts: [40, 20, 15, 5, 10],
      score: 90,
      strengths: [spreadsheetsMatched],
      gaps: [gap("placeOtherProvince", { city: "35.78", province: "35" })],
    },
  },
  {
    name: "place, city scope, other city",
    audience: "seeker",
    seeker: { placeScope: "city" },
    vacancy: { ...BEKASI },
    expected: {
      exclusions: [{ key: EXCLUSION_KEYS.placeOutsideScope, params: { scope: "city", city: "32.75", province: "32" } }],
    },
  },
  {
    // Hybrid work needs presence, so it must lie within the place scope like onsite work.
    name: "place, hybrid outside province",
    audience: "seeker",
    seeker: { placeScope: "province" },
    vacancy: { ...SURABAYA, workMode: "hybrid" },
    expected: {
      exclusions: [
        { key: EXCLUSION_KEYS.placeOutsideScope, params: { scope: "province", city: "35.78", province: "35" } },
      ],
    },
  },
  {
    name: "hours, part-time seeker, full-time job",
    audience: "seeker",
    seeker: { hoursTypes: ["part_time"] },
    vacancy: { hoursType: "full_time" },
    expected: { exclusions: [{ key: EXCLUSION_KEYS.hoursNotAccepted, params: { hoursType: "full_time" } }] },
  },
  {
    name: "work mode, remote-only seeker, onsite job",
    audience: "seeker",
    seeker: { workModes: ["remote"] },
    vacancy: { workMode: "onsite" },
    expected: { exclusions: [{ key: EXCLUSION_KEYS.workModeNotAccepted, params: { workMode: "onsite" } }] },
  },
  {
    name: "closed vacancy",
    audience: "seeker",
    seeker: {},
    vacancy: { isOpen: false },
    expected: { exclusions: [{ key: EXCLUSION_KEYS.vacancyClosed, params: {} }] },
  },
  {
    // Every reason is listed, so the detail page can show all of them.
    name: "closed and wrong hours",
    audience: "seeker",
    seeker: { hoursTypes: ["part_time"] },
    vacancy: { isOpen: false },
    expected: {
      exclusions: [
        { key: EXCLUSION_KEYS.vacancyClosed, params: {} },
        { key: EXCLUSION_KEYS.hoursNotAccepted, params: { hoursType: "full_time" } },
      ],
    },
  },
  {
    // Officers see the whole profile: the hearing gap is uncovered (functional 0) and the
    // interpreter is not offered (accommodation 0).
    name: "hidden functioning, officer view",
    audience: "officer",
    seeker: hiddenHearing,
    vacancy: briefingVacancy,
    expected: {
      parts: [40, 0, 0, 15, 10],
      score: 65,
      strengths: [spreadsheetsMatched, sameCityBandung],
      gaps: [
        gap("accommodationToDiscuss", { function: "attend-briefings", domain: "hearing", demand: "high", difficulty: "cannot" }),
        gap("accommodationNotOffered", { accommodation: "sign_language_interpreter" }),
      ],
    },
  },
  {
    // The employer does not see functioning, so hearing is unknown and never a gap. The
    // disclosed need for an interpreter still counts.
    name: "hidden functioning, employer view",
    audience: "employer",
    seeker: hiddenHearing,
    vacancy: briefingVacancy,
    expected: {
      parts: [40, 20, 0, 15, 10],
      score: 85,
      strengths: [spreadsheetsMatched, sameCityBandung],
      gaps: [gap("accommodationNotOffered", { accommodation: "sign_language_interpreter" })],
    },
  },
  {
    name: "hidden needs, officer view",
    audience: "officer",
    seeker: hiddenNeeds,
    vacancy: {},
    expected: {
      parts: [40, 20, 0, 15, 10],
      score: 85,
      strengths: [spreadsheetsMatched, sameCityBandung],
      gaps: [gap("accommodationNotOffered", { accommodation: "screen_reader" })],
    },
  },
  {
    // Hidden needs become an empty list, and no needs gives the full accommodation part.
    name: "hidden needs, employer view",
    audience: "employer",
    seeker: hiddenNeeds,
    vacancy: {},
    expected: { parts: [40, 20, 15, 15, 10], score: 100, strengths: [spreadsheetsMatched, sameCityBandung], gaps: [] },
  },
  {
    // Disability types alone never create a gap or change a part.
    name: "disability types only",
    audience: "officer",
    seeker: { disabilityTypes: ["intellectual", "mental", "physical"] },
    vacancy: { essentialFunctions: [{ id: "follow-procedures", demands: [{ domain: "remembering", level: "high" }] }] },
    expected: { parts: [40, 20, 15, 15, 10], score: 100, strengths: [spreadsheetsMatched, sameCityBandung], gaps: [] },
  },
  {
    // Level 1 of minimum 3 earns 1/3 credit: 40 * (2 * 2)/(2 * 6) = 13.33, rounded to 13.3.
    name: "skill level 1 of 3",
    audience: "seeker",
    seeker: { skills: [{ skillId: SPREADSHEETS, level: 1 }] },
    vacancy: { requiredSkills: [{ skillId: SPREADSHEETS, minLevel: 3 }] },
    expected: {
      parts: [13.3, 20, 15, 15, 10],
      score: 73.3,
      strengths: [sameCityBandung],
      gaps: [gap("skillBelowLevel", { skill: SPREADSHEETS, level: 1, minLevel: 3, requirement: "required" })],
    },
  },
  {
    // Level 1 of minimum 2 earns half credit: 40 * 1/2 = 20.
    name: "skill level 1 of 2",
    audience: "seeker",
    seeker: { skills: [{ skillId: SPREADSHEETS, level: 1 }] },
    vacancy: {},
    expected: {
      parts: [20, 20, 15, 15, 10],
      score: 80,
      strengths: [sameCityBandung],
      gaps: [gap("skillBelowLevel", { skill: SPREADSHEETS, level: 1, minLevel: 2, requirement: "required" })],
    },
  },
  {
    // Required weighs 2, preferred 1: having only the preferred skill earns 6 of 18 credit,
    // 40 * 6/18 = 13.33, rounded to 13.3.
    name: "skills, only preferred met",
    audience: "seeker",
    seeker: { id: "has-preferred", skills: [{ skillId: SPREADSHEETS, level: 2 }] },
    vacancy: {
      requiredSkills: [{ skillId: "bookkeeping", minLevel: 1 }],
      preferredSkills: [{ skillId: SPREADSHEETS, minLevel: 1 }],
    },
    expected: {
      parts: [13.3, 20, 15, 15, 10],
      score: 73.3,
      strengths: [
        strength("skillMatched", { skill: SPREADSHEETS, level: 2, minLevel: 1, requirement: "preferred" }),
        sameCityBandung,
      ],
      gaps: [gap("skillMissing", { skill: "bookkeeping", minLevel: 1, requirement: "required" })],
    },
  },
  {
    // Only the required skill: 12 of 18 credit, 40 * 12/18 = 26.67, rounded to 26.7.
    name: "skills, only required met",
    audience: "seeker",
    seeker: { id: "has-required", skills: [{ skillId: "bookkeeping", level: 1 }] },
    vacancy: {
      requiredSkills: [{ skillId: "bookkeeping", minLevel: 1 }],
      preferredSkills: [{ skillId: SPREADSHEETS, minLevel: 1 }],
    },
    expected: {
      parts: [26.7, 20, 15, 15, 10],
      score: 86.7,
      strengths: [
        strength("skillMatched", { skill: "bookkeeping", level: 1, minLevel: 1, requirement: "required" }),
        sameCityBandung,
      ],
      gaps: [gap("skillMissing", { skill: SPREADSHEETS, minLevel: 1, requirement: "preferred" })],
    },
  },
  {
    // A vacancy that lists no skills requires none, so the skills part is full.
    name: "vacancy without skills",
    audience: "seeker",
    seeker: {},
    vacancy: { requiredSkills: [], preferredSkills: [] },
    expected: {
      parts: [40, 20, 15, 15, 10],
      score: 100,
      strengths: [strength("noSkillsListed"), sameCityBandung],
      gaps: [],
    },
  },
  {
    name: "seeker without skills",
    audience: "seeker",
    seeker: { skills: [] },
    vacancy: {},
    expected: {
      parts: [0, 20, 15, 15, 10],
      score: 60,
      strengths: [sameCityBandung],
      gaps: [gap("skillMissing", { skill: SPREADSHEETS, minLevel: 2, requirement: "required" })],
    },
  },
  {
    // Seeker skills the vacancy does not list neither add nor subtract.
    name: "extra seeker skills ignored",
    audience: "seeker",
    seeker: {
      skills: [
        { skillId: SPREADSHEETS, level: 2 },
        { skillId: "drive-forklift", level: 3 },
      ],
    },
    vacancy: {},
    expected: { parts: [40, 20, 15, 15, 10], score: 100, strengths: [spreadsheetsMatched, sameCityBandung], gaps: [] },
  },
  {
    // Education: senior_secondary (index 3) of bachelor (index 5) = 5 * 3/5 = 3. Experience 0 of 2 = 0.
    name: "education and experience below",
    audience: "seeker",
    seeker: { education: "senior_secondary", experienceYears: 0 },
    vacancy: { minEducation: "bachelor", minExperienceYears: 2 },
    expected: {
      parts: [40, 20, 15, 15, 3],
      score: 93,
      strengths: [spreadsheetsMatched, sameCityBandung],
      gaps: [
        gap("educationBelowMinimum", { education: "senior_secondary", minimum: "bachelor" }),
        gap("experienceBelowMinimum", { years: 0, minimum: 2 }),
      ],
    },
  },
  {
    // Education met (5). Experience 1 of 3 years = 5/3 = 1.67, rounded to 1.7: part 6.7.
    name: "experience 1 of 3 years",
    audience: "seeker",
    seeker: { education: "senior_secondary", experienceYears: 1 },
    vacancy: { minEducation: "senior_secondary", minExperienceYears: 3 },
    expected: {
      parts: [40, 20, 15, 15, 6.7],
      score: 96.7,
      strengths: [
        spreadsheetsMatched,
        sameCityBandung,
        strength("educationMet", { education: "senior_secondary", minimum: "senior_secondary" }),
      ],
      gaps: [gap("experienceBelowMinimum", { years: 1, minimum: 3 })],
    },
  },
  {
    // Hearing "some" fits a "some" demand but not a "high" one. Weights 1 + 2 = 3, uncovered 2:
    // 20 * 1/3 = 6.67, rounded to 6.7.
    name: "some hearing, some and high demands",
    audience: "seeker",
    seeker: { functioning: { hearing: "some" } },
    vacancy: {
      essentialFunctions: [
        { id: "team-meetings", demands: [{ domain: "hearing", level: "some" }] },
        { id: "phone-support", demands: [{ domain: "hearing", level: "high" }] },
      ],
    },
    expected: {
      parts: [40, 6.7, 15, 15, 10],
      score: 86.7,
      strengths: [spreadsheetsMatched, sameCityBandung],
      gaps: [gap("accommodationToDiscuss", { function: "phone-support", domain: "hearing", demand: "high", difficulty: "some" })],
    },
  },
  {
    // "none" is no difficulty and an absent domain is no information: neither is a gap.
    name: "no difficulty and undisclosed domain",
    audience: "seeker",
    seeker: { functioning: { seeing: "none" } },
    vacancy: {
      essentialFunctions: [
        { id: "inspect-labels", demands: [{ domain: "seeing", level: "high" }] },
        { id: "walk-warehouse", demands: [{ domain: "walking", level: "high" }] },
      ],
    },
    expected: { parts: [40, 20, 15, 15, 10], score: 100, strengths: [spreadsheetsMatched, sameCityBandung], gaps: [] },
  },
  {
    // One of three needs offered: 15 * 1/3 = 5.
    name: "one of three needs offered",
    audience: "seeker",
    seeker: { accommodationNeeds: ["screen_reader", "flexible_hours", "job_coach"] },
    vacancy: { accommodationsOffered: ["flexible_hours"] },
    expected: {
      parts: [40, 20, 5, 15, 10],
      score: 90,
      strengths: [spreadsheetsMatched, strength("accommodationOffered", { accommodation: "flexible_hours" }), sameCityBandung],
      gaps: [
        gap("accommodationNotOffered", { accommodation: "screen_reader" }),
        gap("accommodationNotOffered", { accommodation: "job_coach" }),
      ],
    },
  },
  {
    // An empty work-mode or hours list is no restriction.
    name: "empty preferences accept all",
    audience: "seeker",
    seeker: { workModes: [], hoursTypes: [] },
    vacancy: { workMode: "hybrid", hoursType: "part_time" },
    expected: { parts: [40, 20, 15, 15, 10], score: 100, strengths: [spreadsheetsMatched, sameCityBandung], gaps: [] },
  },
  {
    // Duplicate needs count once: one distinct need, offered.
    name: "duplicate needs count once",
    audience: "seeker",
    seeker: { accommodationNeeds: ["screen_reader", "screen_reader"] },
    vacancy: { accommodationsOffered: ["screen_reader", "screen_reader"] },
    expected: {
      parts: [40, 20, 15, 15, 10],
      score: 100,
      strengths: [spreadsheetsMatched, strength("accommodationOffered", { accommodation: "screen_reader" }), sameCityBandung],
      gaps: [],
    },
  },
];

/** One seeker ranked against several vacancies: expectedOrder lists the eligible ids, best first. */
export interface VacancyOrderingCase {
  name: string;
  seeker: Partial<Seeker>;
  vacancies: Partial<Vacancy>[];
  expectedOrder: string[];
}

/** One vacancy ranked against several seekers for one audience. */
export interface SeekerOrderingCase {
  name: string;
  audience: Audience;
  vacancy: Partial<Vacancy>;
  seekers: Partial<Seeker>[];
  expectedOrder: string[];
}

export const VACANCY_ORDERING_CASES: VacancyOrderingCase[] = [
  {
    // 100 with chat offered, 75 without.
    name: "deaf clerk prefers chat",
    seeker: deafClerk,
    vacancies: [
      { ...dataEntryVacancy, id: "data-entry-phone" },
      { ...dataEntryVacancy, id: "data-entry-chat", accommodationsOffered: ["chat_instead_of_phone"] },
    ],
    expectedOrder: ["data-entry-chat", "data-entry-phone"],
  },
  {
    // Remote 100 and same city 100 tie, broken by id ascending. Same province 95, other province 90.
    name: "place tiers for anywhere scope",
    seeker: { placeScope: "anywhere" },
    vacancies: [
      { id: "v-other-province", ...SURABAYA },
      { id: "v-same-province", ...BEKASI },
      { id: "v-same-city" },
      { id: "v-remote", ...SURABAYA, workMode: "remote" },
    ],
    expectedOrder: ["v-remote", "v-same-city", "v-same-province", "v-other-province"],
  },
  {
    // The full-time vacancy is excluded by the seeker's own choice, not ranked low.
    name: "part-time seeker drops full-time",
    seeker: { hoursTypes: ["part_time"] },
    vacancies: [
      { id: "full-time-job", hoursType: "full_time" },
      { id: "part-time-job", hoursType: "part_time" },
    ],
    expectedOrder: ["part-time-job"],
  },
  {
    // 100 with lift, 70 without. The office without a lift stays in the list.
    name: "wheelchair user prefers lift",
    seeker: wheelchairUser,
    vacancies: [
      { id: "second-floor-office", essentialFunctions: secondFloorFunctions },
      { id: "office-with-lift", essentialFunctions: secondFloorFunctions, accommodationsOffered: ["lift_access"] },
    ],
    expectedOrder: ["office-with-lift", "second-floor-office"],
  },
];

const hearingSeekers: Partial<Seeker>[] = [
  { id: "private-hearing", functioning: { hearing: "cannot" }, disclosure: { functioning: false, accommodationNeeds: true, disabilityTypes: false } },
  { id: "open-hearing", functioning: { hearing: "cannot" } },
  { id: "hearing-fine", functioning: { hearing: "none" } },
];

export const SEEKER_ORDERING_CASES: SeekerOrderingCase[] = [
  {
    // Both hearing seekers score 80 (functional 0), and the tie is broken by id.
    name: "officer sees hidden functioning",
    audience: "officer",
    vacancy: briefingVacancy,
    seekers: hearingSeekers,
    expectedOrder: ["hearing-fine", "open-hearing", "private-hearing"],
  },
  {
    // The employer cannot see private-hearing's functioning, so it scores 100 like hearing-fine.
    name: "employer sees disclosed view",
    audience: "employer",
    vacancy: briefingVacancy,
    seekers: hearingSeekers,
    expectedOrder: ["hearing-fine", "private-hearing", "open-hearing"],
  },
  {
    // 86.7 with the required skill, 73.3 with only the preferred one.
    name: "required skill beats preferred",
    audience: "officer",
    vacancy: {
      requiredSkills: [{ skillId: "bookkeeping", minLevel: 1 }],
      preferredSkills: [{ skillId: SPREADSHEETS, minLevel: 1 }],
    },
    seekers: [
      { id: "has-preferred", skills: [{ skillId: SPREADSHEETS, level: 2 }] },
      { id: "has-required", skills: [{ skillId: "bookkeeping", level: 1 }] },
    ],
    expectedOrder: ["has-required", "has-preferred"],
  },
];
