/** Markdown tables of the bench: build cost per scale, Lighthouse scores and failing audits, page weights. */
import { cpus, loadavg, totalmem } from 'node:os';
import { BUDGET } from '../support/budgets.ts';
import type { PageWeight } from '../support/page-weight.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import type { RunFigures, StepCost } from './measure-scale.ts';

/** The figures of one scale: the median of its runs, field by field. */
export interface ScaleFigures {
  scale: number;
  runs: number;
  median: RunFigures;
}

/** Median of numbers; undefined when any is missing. */
export function median(values: Array<number | undefined>): number | undefined {
  if (values.length === 0 || values.some((value) => value === undefined)) return undefined;
  const sorted = (values as number[]).toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Field-by-field median of runs at one scale. */
export function medianOf(runs: RunFigures[]): RunFigures {
  const pick = (get: (run: RunFigures) => number | undefined) => median(runs.map(get));
  const step = (get: (run: RunFigures) => StepCost): StepCost => ({
    ms: pick((run) => get(run).ms) ?? Number.NaN,
    maxRssKiB: pick((run) => get(run).maxRssKiB),
  });
  const first = runs[0];
  if (!first) throw new Error('no runs');
  return {
    questions: first.questions,
    normalizeCli: step((run) => run.normalizeCli),
    build: step((run) => run.build),
    normalizeInBuildMs: pick((run) => run.normalizeInBuildMs),
    pagefindInBuildMs: pick((run) => run.pagefindInBuildMs),
    pagefindCli: step((run) => run.pagefindCli),
    pagesBuilt: first.pagesBuilt,
    distBytes: first.distBytes,
    distFiles: first.distFiles,
  };
}

const seconds = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const millis = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? 'n/a' : `${Math.round(ms)} ms`);
const mib = (kib: number | undefined) => (kib === undefined ? 'n/a' : `${Math.round(kib / 1024)} MiB`);
const bytes = (count: number) =>
  count >= 1024 * 1024 ? `${(count / 1024 / 1024).toFixed(1)} MiB` : `${(count / 1024).toFixed(1)} KiB`;

function row(label: string, cells: string[]): string {
  return `| ${label} | ${cells.join(' | ')} |`;
}

/** The build-cost table: one column per scale, and per-question costs so growth shows. */
export function buildTable(scales: ScaleFigures[]): string {
  const base = scales[0]?.median;
  const per = (value: number | undefined, figures: RunFigures) => (value === undefined ? undefined : value / figures.questions);
  const lines = [
    row(
      '',
      scales.map(({ scale, median: m }) => `${scale}× (${m.questions} questions)`),
    ),
    row(
      '---',
      scales.map(() => '---:'),
    ),
    row(
      'runs (median of)',
      scales.map((s) => String(s.runs)),
    ),
  ];
  const add = (label: string, cell: (m: RunFigures) => string) =>
    lines.push(
      row(
        label,
        scales.map((s) => cell(s.median)),
      ),
    );
  add('normalize alone (CLI `--check`): wall', (m) => seconds(m.normalizeCli.ms));
  add('normalize alone: peak memory', (m) => mib(m.normalizeCli.maxRssKiB));
  add('`npm run build` (whole): wall', (m) => seconds(m.build.ms));
  add('`npm run build`: peak memory (largest process)', (m) => mib(m.build.maxRssKiB));
  add('↳ normalize inside the build', (m) => seconds(m.normalizeInBuildMs));
  add('↳ Pagefind inside the build', (m) => seconds(m.pagefindInBuildMs));
  add('Pagefind alone (CLI on dist/): wall', (m) => seconds(m.pagefindCli.ms));
  add('Pagefind alone: peak memory', (m) => mib(m.pagefindCli.maxRssKiB));
  add('pages built', (m) => String(m.pagesBuilt));
  add('dist/ size (files)', (m) => `${bytes(m.distBytes)} (${m.distFiles})`);
  add('per question: `npm run build` wall', (m) => millis(per(m.build.ms, m)));
  add('per question: normalize alone', (m) => millis(per(m.normalizeCli.ms, m)));
  add('per question: Pagefind inside the build', (m) => millis(per(m.pagefindInBuildMs, m)));
  add('per question: dist/ bytes', (m) => bytes(m.distBytes / m.questions));
  if (base) {
    const ratio = (value: number | undefined, of: number | undefined) =>
      value === undefined || of === undefined ? 'n/a' : `${(value / of).toFixed(2)}×`;
    add('per-question build time vs 1×', (m) => ratio(per(m.build.ms, m), per(base.build.ms, base)));
    add('per-question normalize time vs 1×', (m) => ratio(per(m.normalizeCli.ms, m), per(base.normalizeCli.ms, base)));
  }
  return lines.join('\n');
}

/** Category scores per page and preset. */
export function lighthouseTable(results: LighthouseResult[]): string {
  const titles = ['Performance', 'Accessibility', 'Best practices', 'SEO'];
  const blocking = (urls: string[]) =>
    `${urls.length}${urls.length ? ` (${urls.map((url) => new URL(url).pathname.split('/').pop()).join(', ')})` : ''}`;
  return [
    `| page | preset | ${titles.join(' | ')} | CLS | render-blocking requests |`,
    `| --- | --- | ${titles.map(() => '---:').join(' | ')} | ---: | --- |`,
    ...results.map(
      (result) =>
        `| \`${result.page}\` | ${result.preset} | ${CATEGORIES.map((c) => result.scores[c]).join(' | ')} | ${result.cls} | ${blocking(result.renderBlocking)} |`,
    ),
  ].join('\n');
}

/** Every audit that costs points (weight > 0), then the failing diagnostics that carry no weight. */
export function failingAudits(results: LighthouseResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const weighted = result.failing.filter((audit) => audit.weight > 0);
    const unweighted = result.failing.filter((audit) => audit.weight === 0);
    if (weighted.length === 0 && unweighted.length === 0) continue;
    lines.push(`- \`${result.page}\` (${result.preset})`);
    for (const audit of weighted) {
      const found = audit.items.length > 0 ? `: ${audit.items.slice(0, 3).join('; ')}` : '';
      lines.push(
        `  - **${audit.category} / ${audit.id}** (score ${audit.score.toFixed(2)}, weight ${audit.weight})${audit.displayValue ? ` ${audit.displayValue}` : ''}${found}`,
      );
    }
    if (unweighted.length > 0) {
      lines.push(
        `  - no weight: ${unweighted.map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`).join(', ')}`,
      );
    }
  }
  return lines.length > 0 ? lines.join('\n') : 'No audit below its full score.';
}

/** Page weights against their budgets. */
export function weightTable(weights: PageWeight[]): string {
  const cell = (value: number, limit: number) => `${value} B ${value <= limit ? '✓' : `✗ (budget ${limit})`}`;
  return [
    '| page | JS before search (gzip) | CSS (gzip) | HTML (gzip) |',
    '| --- | ---: | ---: | ---: |',
    ...weights.map(
      (w) =>
        `| \`${w.page}\` | ${cell(w.jsGzipBytes, BUDGET.js)} | ${cell(w.cssGzipBytes, BUDGET.css)} | ${cell(w.htmlGzipBytes, BUDGET.html)} |`,
    ),
  ].join('\n');
}

/** Above this one-minute load average when the bench starts, something else was running: its times are noisy. */
export const BUSY_LOAD = 0.5;

/** What the load average at the start says about the figures (the bench itself then keeps both cores busy). */
export function loadRemark(loadAtStart: readonly number[]): string {
  return (loadAtStart[0] ?? 0) > BUSY_LOAD
    ? 'the machine was already busy at the start, so times are noisy'
    : 'nothing else was running at the start';
}

/** One line on the machine: cores, memory, Node, and the load average as a noise gauge. */
export function machineLine(loadAtStart: number[]): string {
  const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' / ');
  return (
    `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.versions.node}; ` +
    `load average (1/5/15 min) ${load(loadAtStart)} at start, ${load(loadavg())} at end: ${loadRemark(loadAtStart)}.`
  );
}
