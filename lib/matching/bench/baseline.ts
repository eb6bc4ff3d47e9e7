// The bare loop the library is compared with: skills overlap only (count of listed skills the
// seeker has at or above the minimum), over the same CSR typed arrays, with a small
// threshold-insertion top k. No filters, parts, validation or explanations.

/** Keeps the k largest counts in descending order. On equal counts the earlier index stays ahead. */
class SortedTop {
  readonly counts: Int32Array;
  readonly items: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    this.counts = new Int32Array(k);
    this.items = new Int32Array(k);
  }

  offer(count: number, item: number): void {
    if (this.k === 0 || (this.size === this.k && count <= (this.counts[this.k - 1] as number))) {
      return;
    }
    let position = this.size < this.k ? this.size++ : this.k - 1;
    while (position > 0 && (this.counts[position - 1] as number) < count) {
      this.counts[position] = this.counts[position - 1] as number;
      this.items[position] = this.items[position - 1] as number;
      position -= 1;
    }
    this.counts[position] = count;
    this.items[position] = item;
  }
}

export interface SkillRows {
  count: number;
  skillStart: Uint32Array;
  skillIndex: Int32Array;
}

/** Ranks vacancy rows for one seeker given as skill numbers and levels. Returns kept row numbers. */
export function baselineVacanciesForSeeker(
  vacancies: SkillRows & { skillMinLevel: Uint8Array },
  skillCount: number,
  seekerSkills: Int32Array,
  seekerLevels: Uint8Array,
  k: number,
): Int32Array {
  const levelBySkill = new Uint8Array(skillCount);
  for (let i = 0; i < seekerSkills.length; i++) {
    levelBySkill[seekerSkills[i] as number] = seekerLevels[i] as number;
  }

  const top = new SortedTop(k);
  const { skillStart, skillIndex, skillMinLevel } = vacancies;
  for (let v = 0; v < vacancies.count; v++) {
    let matched = 0;
    const end = skillStart[v + 1] as number;
    for (let i = skillStart[v] as number; i < end; i++) {
      if ((levelBySkill[skillIndex[i] as number] as number) >= (skillMinLevel[i] as number)) {
        matched += 1;
      }
    }
    top.offer(matched, v);
  }
  return top.items.slice(0, top.size);
}

/** Ranks seeker rows for one vacancy given as skill numbers and minimum levels. */
export function baselineSeekersForVacancy(
  seekers: SkillRows & { skillLevel: Uint8Array },
  skillCount: number,
  vacancySkills: Int32Array,
  vacancyMinLevels: Uint8Array,
  k: number,
): Int32Array {
  const minLevelBySkill = new Uint8Array(skillCount);
  for (let i = 0; i < vacancySkills.length; i++) {
    minLevelBySkill[vacancySkills[i] as number] = vacancyMinLevels[i] as number;
  }

  const top = new SortedTop(k);
  const { skillStart, skillIndex, skillLevel } = seekers;
  for (let s = 0; s < seekers.count; s++) {
    let matched = 0;
    const end = skillStart[s + 1] as number;
    for (let i = skillStart[s] as number; i < end; i++) {
      const minimum = minLevelBySkill[skillIndex[i] as number] as number;
      if (minimum > 0 && (skillLevel[i] as number) >= minimum) {
        matched += 1;
      }
    }
    top.offer(matched, s);
  }
  return top.items.slice(0, top.size);
}
