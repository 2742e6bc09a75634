/**
 * The real-bank scenario: the largest public sample bank beside the original (`../shared/banks/`, read in place, never
 * copied into the project), against the original alone, interleaved; per-question build time and peak memory.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FixtureBuild } from '../support/fixture-site.ts';
import { buildSite } from './measure-scale.ts';
import { median } from './report.ts';

const PROJECT = resolve(import.meta.dirname, '..', '..');
const SAMPLE_BANKS = resolve(PROJECT, '..', 'shared', 'banks');
const ORIGINAL = 'content/nodejs-interview-questions.md';

/** One side of the comparison: its median build and questions. */
export interface RealBankSide {
  label: string;
  questions: number;
  wallMs: number;
  maxRssKiB: number | undefined;
}

/** The largest `.md` bank of a folder (by bytes), or undefined when the folder holds none. */
export function largestBank(folder = SAMPLE_BANKS): string | undefined {
  let files: string[];
  try {
    files = readdirSync(folder).filter((name) => name.endsWith('.md') && !/^(readme|sources)\.md$/i.test(name));
  } catch {
    return undefined;
  }
  return files.map((name) => join(folder, name)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

/** Questions the build published, from the permalinks manifest it wrote (the copy starts without one). */
function questionsOf(site: FixtureBuild): number {
  const manifest = JSON.parse(readFileSync(join(site.root, 'content', 'permalinks.json'), 'utf8')) as unknown[];
  return manifest.length;
}

/** Builds the original alone and with the sample bank beside it, `runs` times each, alternating; medians. */
export function measureRealBank(bankFile: string, runs: number, log: (line: string) => void): RealBankSide[] {
  const name = bankFile.split('/').pop() ?? 'bank.md';
  const sides = [
    { label: 'original bank alone', extra: {} },
    { label: `original + ${name}`, extra: { [`content/${name}`]: readFileSync(bankFile, 'utf8') } },
  ];
  const measured = sides.map(() => [] as Array<{ wallMs: number; maxRssKiB: number | undefined; questions: number }>);
  for (let run = 1; run <= runs; run++) {
    for (const [index, side] of sides.entries()) {
      log(`real bank: ${side.label}, run ${run} of ${runs}`);
      const site = buildSite(readFileSync(join(PROJECT, ORIGINAL), 'utf8'), side.extra);
      measured[index]?.push({ wallMs: site.wallMs, maxRssKiB: site.maxRssKiB, questions: questionsOf(site) });
      rmSync(site.root, { recursive: true, force: true });
    }
  }
  return sides.map((side, index) => {
    const runsOf = measured[index] ?? [];
    return {
      label: side.label,
      questions: runsOf[0]?.questions ?? 0,
      wallMs: median(runsOf.map((one) => one.wallMs)) ?? Number.NaN,
      maxRssKiB: median(runsOf.map((one) => one.maxRssKiB)),
    };
  });
}

/** The scenario's table: wall time, time per question against the original alone, peak memory. */
export function realBankTable(sides: RealBankSide[]): string {
  const [alone] = sides;
  const perQuestion = (side: RealBankSide) => side.wallMs / side.questions;
  const rows = sides.map((side) => {
    const ratio = alone ? perQuestion(side) / perQuestion(alone) : Number.NaN;
    const peak = side.maxRssKiB === undefined ? '–' : `${Math.round(side.maxRssKiB / 1024)} MiB`;
    return `| ${side.label} | ${side.questions} | ${(side.wallMs / 1000).toFixed(1)} s | ${perQuestion(side).toFixed(0)} ms (${ratio.toFixed(2)}×) | ${peak} |`;
  });
  return [
    '| build | questions | wall (median) | per question (vs alone; target ≤ 1.5×) | peak, largest process (target < 2 GiB) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
