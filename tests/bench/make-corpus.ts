/** Makes benchmark banks N times the size of the real one, from its repaired questions, with distinct titles. */
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { type Options, toMarkdown } from 'mdast-util-to-markdown';
import { DIFFICULTY_LEVELS } from '../../src/lib/difficulty.ts';
import { slugify } from '../../src/normalize/assign-slugs.ts';
import { decodeSource } from '../../src/normalize/decode-source.ts';
import { detachOutro } from '../../src/normalize/detach-outro.ts';
import { difficultyWord } from '../../src/normalize/labels.ts';
import type { PassContext } from '../../src/normalize/model.ts';
import { outline } from '../../src/normalize/outline.ts';
import { type BankOverrides, loadOverrides, overridesForBank } from '../../src/normalize/overrides.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { treePasses } from '../../src/normalize/pipeline.ts';
import { relocateMisfiledAnswers } from '../../src/normalize/relocate-misfiled-answers.ts';
import { repairEncoding } from '../../src/normalize/repair-encoding.ts';
import type { ReportEntry } from '../../src/normalize/report.ts';
import { fileStemOf } from '../../src/normalize/sources.ts';

/** The real bank and its overrides, the model every corpus copies. */
export const REAL_SOURCE = 'content/nodejs-interview-questions.md';
export const REAL_OVERRIDES = 'content/overrides.yaml';

// Copy k > 0 of a question asks it "for <subject>"; past the list, a variant number keeps titles distinct.
// The source's own habits: `-` bullets, `**` bold, backtick fences, `---` rules.
const MARKDOWN_STYLE: Options = {
  bullet: '-',
  strong: '*',
  emphasis: '*',
  fence: '`',
  fences: true,
  rule: '-',
  extensions: [gfmToMarkdown()],
};

const SUBJECTS = [
  'a payments API',
  'a chat service',
  'an IoT gateway',
  'a video platform',
  'a banking core',
  'a logistics tracker',
  'a game backend',
  'a content management system',
  'a booking engine',
  'an analytics pipeline',
  'a healthcare portal',
  'a ride-sharing app',
] as const;

/** One repaired question of the real bank: its title, the `##` section it sits under, its answer as source text. */
export interface ModelQuestion {
  title: string;
  section: string | undefined;
  answer: string;
}

/**
 * The real bank as the normalizer repairs it before cutting pages: encoding fixed, the misfiled
 * answer moved home, document outros detached, and a difficulty line where the source had none.
 */
export function modelQuestions(
  sourceFile = REAL_SOURCE,
  overridesFile = REAL_OVERRIDES,
): { title: string; questions: ModelQuestion[] } {
  const report: ReportEntry[] = [];
  const text = repairEncoding(decodeSource(readFileSync(sourceFile), sourceFile), report);
  const context: PassContext & { overrides: BankOverrides } = {
    lines: text.split('\n'),
    report,
    overrides: overridesForBank(loadOverrides(overridesFile), fileStemOf(sourceFile)),
  };
  const tree = treePasses.reduce((current, [, pass]) => pass(current, context), parseMarkdown(text));
  let bank = outline(tree, { file: sourceFile, id: 'bench' }, context);
  bank = detachOutro(relocateMisfiledAnswers(bank, context), context);
  const questions = bank.questions.map((question) => {
    const body = toMarkdown({ type: 'root', children: question.blocks }, MARKDOWN_STYLE).trimEnd();
    const labelled = question.blocks.some((block) => difficultyWord(block) !== undefined);
    return {
      title: question.title,
      section: question.sourceSection,
      answer: labelled ? body : `**Difficulty: ${overrideLabel(context.overrides, question.title)}**\n\n${body}`,
    };
  });
  return { title: bank.title, questions };
}

function overrideLabel(overrides: BankOverrides, title: string): string {
  const level = overrides.questions[slugify(title)]?.difficulty;
  return DIFFICULTY_LEVELS.find((candidate) => candidate.id === level)?.label ?? 'Medium';
}

/** The title of copy `copy` (0 is the original) of a question. */
export function variantTitle(title: string, copy: number): string {
  if (copy === 0) return title;
  const end = /[?.!]$/.exec(title)?.[0] ?? '';
  const stem = end ? title.slice(0, -1) : title;
  const subject = SUBJECTS[(copy - 1) % SUBJECTS.length];
  const round = Math.floor((copy - 1) / SUBJECTS.length);
  return `${stem} for ${subject}${round > 0 ? `, variant ${round + 1}` : ''}${end}`;
}

/**
 * A bank `scale` times the real one: `scale` copies of every question under distinct titles, numbered
 * from 1, each copy with the source's `##` sections and the whole with a table of contents, as the source has.
 */
export function makeCorpus(scale: number, model = modelQuestions()): string {
  const slugger = new GithubSlugger();
  const toc: string[] = [];
  const body: string[] = [];
  let number = 0;
  for (let copy = 0; copy < scale; copy++) {
    let section: string | undefined;
    for (const question of model.questions) {
      number++;
      if (question.section && question.section !== section) body.push(`## ${question.section}`, '');
      section = question.section;
      const heading = `Q${number}: ${variantTitle(question.title, copy)}`;
      toc.push(`- [${heading}](#${slugger.slug(heading)})`);
      body.push(`### ${heading}`, question.answer, '');
    }
  }
  return [`# ${model.title}`, '', '## Table of Contents', ...toc, '', '---', '', ...body].join('\n');
}
