// Benchmark of the matching library on synthetic data built from the ESCO, KBJI 2014 and
// kabupaten/kota reference files. Not a test: it prints figures for docs/benchmarks.md.
//
// Run: node --expose-gc --import tsx lib/matching/bench/run.ts
// Without --expose-gc the memory figures also count uncollected garbage.
import os from "node:os";
import { performance } from "node:perf_hooks";

import { createMatchingContext } from "../context";
import { prepareSeekers } from "../prepared/seekers";
import { prepareVacancies } from "../prepared/vacancies";
import { rankSeekersForVacancy, rankVacanciesForSeeker } from "../rank";
import { baselineSeekersForVacancy, baselineVacanciesForSeeker } from "./baseline";
import { SeededRandom } from "./random";
import { loadCities, loadOccupations } from "./sources";
import { BENCH_CATALOGUE, buildWorld, makeSeeker, makeVacancy } from "./synthetic";

const SEED = 20_160_415;
const VACANCY_COUNT = 100_000;
const SEEKER_COUNT = 100_000;
const SAMPLE_COUNT = 100;
const WARMUP_COUNT = 5;
const VACANCY_K = 20;
const SEEKER_K = 50;

const collectGarbage = (globalThis as { gc?: () => void }).gc;

interface MemorySnapshot {
  heapAndBuffers: number;
  rss: number;
}

function snapshotMemory(): MemorySnapshot {
  collectGarbage?.();
  const usage = process.memoryUsage();
  return { heapAndBuffers: usage.heapUsed + usage.arrayBuffers, rss: usage.rss };
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

function percentile(sortedValues: number[], fraction: number): number {
  const index = Math.min(sortedValues.length - 1, Math.ceil(fraction * sortedValues.length) - 1);
  return sortedValues[Math.max(0, index)] as number;
}

interface Timing {
  median: number;
  p95: number;
}

function summarize(milliseconds: number[]): Timing {
  const sorted = milliseconds.slice().sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** Times `library` and `baseline` alternately on each probe, after untimed warm-up runs. */
function compare<T>(probes: T[], library: (probe: T) => number, baseline: (probe: T) => number) {
  let checksum = 0;
  for (const probe of probes.slice(0, WARMUP_COUNT)) {
    checksum += library(probe) + baseline(probe);
  }

  const libraryTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (const probe of probes) {
    let start = performance.now();
    checksum += library(probe);
    libraryTimes.push(performance.now() - start);

    start = performance.now();
    checksum += baseline(probe);
    baselineTimes.push(performance.now() - start);
  }
  return { library: summarize(libraryTimes), baseline: summarize(baselineTimes), checksum };
}

function main(): void {
  const cpus = os.cpus();
  console.log(`CPU: ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores, Node ${process.version}`);
  if (collectGarbage === undefined) {
    console.log("gc not exposed (run with node --expose-gc): memory figures include garbage");
  }

  const occupations = loadOccupations();
  const cities = loadCities();
  const world = buildWorld(occupations, cities);
  console.log(
    `Reference data: ${occupations.length} ESCO occupations joined to KBJI 2014, ${world.allSkills.length} skills, ${cities.length} kabupaten/kota`,
  );

  const vacancyRandom = new SeededRandom(SEED);
  const seekerRandom = new SeededRandom(SEED + 1);
  const vacancies = Array.from({ length: VACANCY_COUNT }, (_, index) => makeVacancy(vacancyRandom, world, index));
  const seekers = Array.from({ length: SEEKER_COUNT }, (_, index) => makeSeeker(seekerRandom, world, index));
  const context = createMatchingContext({ accommodations: BENCH_CATALOGUE });

  const beforeVacancies = snapshotMemory();
  let start = performance.now();
  const preparedVacancies = prepareVacancies(context, vacancies);
  const vacancyPrepareMs = performance.now() - start;
  const afterVacancies = snapshotMemory();

  start = performance.now();
  const preparedSeekers = prepareSeekers(context, seekers, { audience: "employer" });
  const seekerPrepareMs = performance.now() - start;
  const afterSeekers = snapshotMemory();

  console.log(
    `Prepared ${VACANCY_COUNT} vacancies in ${vacancyPrepareMs.toFixed(0)} ms: heap+buffers ${megabytes(afterVacancies.heapAndBuffers - beforeVacancies.heapAndBuffers)}, RSS ${megabytes(afterVacancies.rss - beforeVacancies.rss)}`,
  );
  console.log(
    `Prepared ${SEEKER_COUNT} seekers in ${seekerPrepareMs.toFixed(0)} ms: heap+buffers ${megabytes(afterSeekers.heapAndBuffers - afterVacancies.heapAndBuffers)}, RSS ${megabytes(afterSeekers.rss - afterVacancies.rss)}`,
  );

  const stride = Math.floor(SEEKER_COUNT / SAMPLE_COUNT);
  const seekerProbes = Array.from({ length: SAMPLE_COUNT }, (_, i) => i * stride);
  const forSeeker = compare(
    seekerProbes,
    (s) => rankVacanciesForSeeker(context, seekers[s]!, preparedVacancies, { k: VACANCY_K, audience: "seeker" }).length,
    (s) => {
      const start = preparedSeekers.skillStart[s]!;
      const end = preparedSeekers.skillStart[s + 1]!;
      return baselineVacanciesForSeeker(
        preparedVacancies,
        context.skillIndex.size,
        preparedSeekers.skillIndex.subarray(start, end),
        preparedSeekers.skillLevel.subarray(start, end),
        VACANCY_K,
      ).length;
    },
  );

  const vacancyProbes = Array.from({ length: SAMPLE_COUNT }, (_, i) => i * Math.floor(VACANCY_COUNT / SAMPLE_COUNT));
  const forVacancy = compare(
    vacancyProbes,
    (v) => rankSeekersForVacancy(context, vacancies[v]!, preparedSeekers, { k: SEEKER_K, audience: "employer" }).length,
    (v) => {
      const start = preparedVacancies.skillStart[v]!;
      const end = preparedVacancies.skillStart[v + 1]!;
      return baselineSeekersForVacancy(
        preparedSeekers,
        context.skillIndex.size,
        preparedVacancies.skillIndex.subarray(start, end),
        preparedVacancies.skillMinLevel.subarray(start, end),
        SEEKER_K,
      ).length;
    },
  );

  const rows = [
    { task: `${VACANCY_COUNT} vacancies for 1 seeker, top ${VACANCY_K}`, ...forSeeker },
    { task: `${SEEKER_COUNT} seekers for 1 vacancy, top ${SEEKER_K}`, ...forVacancy },
  ];
  console.log(`\n${SAMPLE_COUNT} probes each, times in ms (median / p95):`);
  for (const row of rows) {
    const ratio = row.library.median / row.baseline.median;
    console.log(
      `${row.task}: library ${row.library.median.toFixed(2)} / ${row.library.p95.toFixed(2)}, baseline ${row.baseline.median.toFixed(2)} / ${row.baseline.p95.toFixed(2)}, ratio ${ratio.toFixed(2)}x (checksum ${row.checksum})`,
    );
  }
}

main();
