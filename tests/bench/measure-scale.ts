/** One bench run at one scale: the normalizer alone, the whole build (`npm run build`) in a temp copy, Pagefind alone, and dist/. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildFixtureSite, type FixtureBuild } from '../support/fixture-site.ts';
import { type Measured, measure } from '../support/measure.ts';

const PROJECT = resolve(import.meta.dirname, '..', '..');
const BANK = 'content/nodejs-interview-questions.md';
const OVERRIDES = 'content/overrides.yaml';
// Copied into the temp site so that it serves that site's dist/ (it serves the dist/ beside its own folder).
const STATIC_SERVER = ['tests/e2e/support/static-server.ts', 'tests/support/base-path.ts'];

/** Time (ms) and peak memory (KiB) of one step. */
export interface StepCost {
  ms: number;
  maxRssKiB: number | undefined;
}

/** Everything one run measured. */
export interface RunFigures {
  questions: number;
  /** `npm run normalize -- --source … --out … --check`, run as a process of its own. */
  normalizeCli: StepCost;
  /** The whole build (`npm run build`, i.e. `astro build`): normalize, Astro, Pagefind. */
  build: StepCost;
  /** Elapsed ms the integrations printed inside the build (BENCH_TIMINGS=1). */
  normalizeInBuildMs: number | undefined;
  pagefindInBuildMs: number | undefined;
  /** The Pagefind CLI on the built dist/, as a process of its own (its peak memory is not separable inside the build). */
  pagefindCli: StepCost;
  pagesBuilt: number;
  distBytes: number;
  distFiles: number;
}

function cost(run: Measured, what: string): StepCost {
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}):\n${run.output.slice(-4000)}`);
  return { ms: run.wallMs, maxRssKiB: run.maxRssKiB };
}

/** The number of a `bench: <what> <number> <unit>` line the build printed (BENCH_TIMINGS=1). */
function benchFigure(output: string, what: string, unit: 'ms'): number | undefined {
  const found = new RegExp(`bench: ${what} (\\d+) ${unit}`).exec(output)?.[1];
  return found === undefined ? undefined : Number(found);
}

/** Bytes and files under `dir`, recursively. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/**
 * Builds a temp copy of the site from `bank` (the text of the original bank's file) and any `extra` files (other banks
 * beside it); the caller removes `build.root`.
 */
export function buildSite(bank: string, extra: Record<string, string> = {}): FixtureBuild {
  const files = {
    [BANK]: bank,
    [OVERRIDES]: readFileSync(join(PROJECT, OVERRIDES), 'utf8'),
    ...Object.fromEntries(STATIC_SERVER.map((file) => [file, readFileSync(join(PROJECT, file), 'utf8')])),
    ...extra,
  };
  const build = buildFixtureSite(files, { BENCH_TIMINGS: '1' });
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status}):\n${build.output.slice(-4000)}`);
  return build;
}

/**
 * Measures one run on `bank` with `questions` questions. Returns the figures and the built site;
 * the site is removed unless `keep` is set (then the caller removes `site.root`).
 */
export function measureRun(bank: string, questions: number, keep = false): { figures: RunFigures; site: FixtureBuild } {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const source = join(scratch, 'nodejs-interview-questions.md');
    writeFileSync(source, bank);
    const cli = join(PROJECT, 'src', 'normalize', 'cli.ts');
    const normalizeCli = cost(
      measure(process.execPath, [cli, '--source', source, '--out', join(scratch, 'out'), '--check'], PROJECT),
      'normalize',
    );
    const site = buildSite(bank);
    const pagefindBin = join(PROJECT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
    const pagefindCli = cost(
      measure(process.execPath, [pagefindBin, '--site', site.dist, '--output-path', join(scratch, 'pagefind')], PROJECT),
      'pagefind',
    );
    const { bytes, files } = folderSize(site.dist);
    const figures: RunFigures = {
      questions,
      normalizeCli,
      build: { ms: site.wallMs, maxRssKiB: site.maxRssKiB },
      normalizeInBuildMs: benchFigure(site.output, 'normalize', 'ms'),
      pagefindInBuildMs: benchFigure(site.output, 'pagefind', 'ms'),
      pagefindCli,
      pagesBuilt: Number(/(\d+) page\(s\) built/.exec(site.output)?.[1] ?? Number.NaN),
      distBytes: bytes,
      distFiles: files,
    };
    if (!keep) rmSync(site.root, { recursive: true, force: true });
    return { figures, site };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
