/** Our build against Starlight's on the same questions, interleaved in one run: cold, after an edit, and at 10×. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from '../support/fixture-site.ts';
import type { AnchorFigures } from './anchor-report.ts';
import { type ModelQuestion, makeCorpus, REAL_OVERRIDES, REAL_SOURCE } from './make-corpus.ts';
import { measureTree, type TreeCost } from './measure-tree.ts';
import { median } from './report.ts';
import { forgetStarlightBuild, prepareStarlight, STARLIGHT_VERSION } from './starlight-site.ts';

const PROJECT = resolve(import.meta.dirname, '..', '..');
const ASTRO_VERSION: string = JSON.parse(readFileSync(join(PROJECT, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

type Bank = { title: string; questions: ModelQuestion[] };

/** The bank with one sentence added to the answer of its middle question. */
export function editOneQuestion(bank: Bank): Bank {
  const middle = Math.floor(bank.questions.length / 2);
  return {
    ...bank,
    questions: bank.questions.map((question, index) =>
      index === middle ? { ...question, answer: `${question.answer}\n\nOne sentence an editor added.` } : question,
    ),
  };
}

function medianCost(costs: TreeCost[]): TreeCost {
  return {
    wallMs: median(costs.map((cost) => cost.wallMs)) ?? Number.NaN,
    cpuMs: median(costs.map((cost) => cost.cpuMs)),
    peakKiB: median(costs.map((cost) => cost.peakKiB)) ?? Number.NaN,
  };
}

/**
 * `runs` rounds, each a cold build of ours and of Starlight (which goes first alternates) and then our rebuild after
 * one question is edited, with the cache the cold build left; then one cold build of ours at 10× the questions.
 */
export async function measureAnchor(model: Bank, runs: number, log: (line: string) => void): Promise<AnchorFigures> {
  const starlight = prepareStarlight(model, ASTRO_VERSION, log);
  const ours = copyProject();
  const bankFile = join(ours, REAL_SOURCE);
  writeFileSync(join(ours, REAL_OVERRIDES), readFileSync(join(PROJECT, REAL_OVERRIDES)));
  const astro = (root: string) => join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = (root: string) => measureTree(process.execPath, [astro(root), 'build'], root, ENV);
  const oursCold = async (corpus: string) => {
    writeFileSync(bankFile, corpus);
    for (const path of ['dist', '.astro']) rmSync(join(ours, path), { recursive: true, force: true });
    return build(ours);
  };
  const starlightCold = () => {
    forgetStarlightBuild(starlight);
    return build(starlight);
  };
  const figures = { ours: [] as TreeCost[], starlight: [] as TreeCost[], edited: [] as TreeCost[] };
  try {
    const original = makeCorpus(1, model);
    const edited = makeCorpus(1, editOneQuestion(model));
    for (let run = 1; run <= runs; run++) {
      log(`Starlight anchor, round ${run} of ${runs}: ours cold, Starlight cold, ours after an edit`);
      if (run % 2 === 1) {
        figures.ours.push(await oursCold(original));
        figures.starlight.push(await starlightCold());
      } else {
        figures.starlight.push(await starlightCold());
        figures.ours.push(await oursCold(original));
      }
      writeFileSync(bankFile, edited);
      figures.edited.push(await build(ours));
    }
    log('our build at 10× the questions, cold');
    const tenfold = await oursCold(makeCorpus(10, model));
    return {
      runs,
      questions: model.questions.length,
      starlightVersion: STARLIGHT_VERSION,
      oursCold: medianCost(figures.ours),
      starlightCold: medianCost(figures.starlight),
      oursEdited: medianCost(figures.edited),
      oursTenfold: tenfold,
    };
  } finally {
    rmSync(ours, { recursive: true, force: true });
  }
}
