/**
 * `npm run bench [-- --quick] [-- --lighthouse-only] [-- --starlight-only] [-- --real-bank-only]`: our build against
 * Starlight's, build cost at 1×, 10× and 50× the bank, the largest sample bank beside it, Lighthouse, page weights.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGET_PAGES } from '../support/budgets.ts';
import type { FixtureBuild } from '../support/fixture-site.ts';
import { pageFile, pageWeight } from '../support/page-weight.ts';
import { anchorTable } from './anchor-report.ts';
import { firstSearchTable, timeFirstSearch } from './first-search.ts';
import { runLighthouse, serve } from './lighthouse.ts';
import { makeCorpus, modelQuestions, REAL_SOURCE } from './make-corpus.ts';
import { buildSite, measureRun, type RunFigures } from './measure-scale.ts';
import { largestBank, measureRealBank, realBankTable } from './real-bank.ts';
import { buildTable, failingAudits, lighthouseTable, machineLine, medianOf, type ScaleFigures, weightTable } from './report.ts';
import { measureAnchor } from './starlight-anchor.ts';

const PROJECT = resolve(import.meta.dirname, '..', '..');
const RESULTS = join(PROJECT, 'bench-results');
const LIGHTHOUSE_PAGES = ['/', BUDGET_PAGES[0][1]];

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'lighthouse-only': { type: 'boolean', default: false },
    'starlight-only': { type: 'boolean', default: false },
    'real-bank-only': { type: 'boolean', default: false },
  },
});

/** Scales and how many runs each gets (the median is reported). */
const SCALES = [
  { scale: 1, runs: flags.quick ? 1 : 5 },
  { scale: 10, runs: flags.quick ? 1 : 3 },
  { scale: 50, runs: 1 },
];

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The section comparing our build with Starlight's on the same questions. */
async function starlightSection(): Promise<string[]> {
  const model = modelQuestions(join(PROJECT, REAL_SOURCE), join(PROJECT, 'content', 'overrides.yaml'));
  const figures = await measureAnchor(model, flags.quick ? 1 : 3, log);
  return ['### Against Starlight (same questions, interleaved in this run)', '', anchorTable(figures), ''];
}

/** The section building the largest sample bank of ../shared/banks beside the original (none when that folder is absent). */
function realBankSection(): string[] {
  const bank = largestBank();
  if (!bank) return ['### A real bank beside the original', '', 'No sample bank found in ../shared/banks.', ''];
  const sides = measureRealBank(bank, flags.quick ? 1 : 2, log);
  return ['### A real bank beside the original (interleaved in this run)', '', realBankTable(sides), ''];
}

function writeReport(name: string, report: string): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, name), report);
  process.stdout.write(`${report}\n`);
}

function measureScales(): { scales: ScaleFigures[]; site: FixtureBuild } {
  const real = readFileSync(join(PROJECT, REAL_SOURCE), 'utf8');
  const model = modelQuestions(join(PROJECT, REAL_SOURCE), join(PROJECT, 'content', 'overrides.yaml'));
  const scales: ScaleFigures[] = [];
  let kept: FixtureBuild | undefined;
  for (const { scale, runs } of SCALES) {
    const bank = scale === 1 ? real : makeCorpus(scale, model);
    const questions = model.questions.length * scale;
    const figures: RunFigures[] = [];
    for (let run = 1; run <= runs; run++) {
      log(`${scale}× (${questions} questions), run ${run} of ${runs}`);
      // The last 1× site is kept for Lighthouse and the page weights.
      const keep = scale === 1 && run === runs;
      const { figures: measured, site } = measureRun(bank, questions, keep);
      if (keep) kept = site;
      figures.push(measured);
      log(`  build ${(measured.build.ms / 1000).toFixed(1)} s, peak ${Math.round((measured.build.maxRssKiB ?? 0) / 1024)} MiB`);
    }
    scales.push({ scale, runs, median: medianOf(figures) });
  }
  if (!kept) throw new Error('no 1× site was kept');
  return { scales, site: kept };
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  if (flags['starlight-only']) {
    const sections = await starlightSection();
    writeReport('starlight.md', [...sections, `Machine: ${machineLine(loadAtStart)}`, ''].join('\n'));
    return;
  }
  if (flags['real-bank-only']) {
    writeReport('real-bank.md', [...realBankSection(), `Machine: ${machineLine(loadAtStart)}`, ''].join('\n'));
    return;
  }
  const sections: string[] = [];
  let site: FixtureBuild;
  if (flags['lighthouse-only']) {
    log('building the site once (1×) for Lighthouse');
    site = buildSite(readFileSync(join(PROJECT, REAL_SOURCE), 'utf8'));
  } else {
    sections.push(...(await starlightSection()));
    sections.push(...realBankSection());
    const measured = measureScales();
    site = measured.site;
    sections.push('### Build cost', '', buildTable(measured.scales), '');
  }
  try {
    log('Lighthouse: home and Q19, mobile and desktop');
    const results = await runLighthouse(site.root, LIGHTHOUSE_PAGES);
    sections.push(
      '### Lighthouse',
      '',
      lighthouseTable(results),
      '',
      '#### Audits below full score',
      '',
      failingAudits(results),
      '',
    );
    log('first search on Q19: open with "/", type a word');
    const { origin, server } = await serve(site.root);
    try {
      const timings = await timeFirstSearch(`${origin}${BUDGET_PAGES[0][1]}`);
      sections.push('### First search (Q19, fresh browser context each run)', '', firstSearchTable(timings), '');
    } finally {
      server.kill('SIGTERM');
    }
    const weights = BUDGET_PAGES.map(([, path]) => pageWeight(site.dist, pageFile(path)));
    sections.push('### Page weight (budgets: `tests/build/budgets.test.ts`)', '', weightTable(weights), '');
    sections.push(`Machine: ${machineLine(loadAtStart)}`, '');
    writeReport(flags['lighthouse-only'] ? 'lighthouse.md' : 'bench.md', sections.join('\n'));
    writeFileSync(join(RESULTS, 'lighthouse.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    rmSync(site.root, { recursive: true, force: true });
  }
}

await main();
