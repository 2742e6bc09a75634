/** The normalizer: source bytes → repaired text → mdast → named passes → validated records and MDX pages. */

import { basename } from 'node:path';
import type { Root } from 'mdast';
import type { BankRecord, QuestionRecord } from '../lib/schema.ts';
import { admonitions } from './admonitions.ts';
import { assignSlugs } from './assign-slugs.ts';
import { assignTopics } from './assign-topics.ts';
import { bankId } from './bank-id.ts';
import { checkFences } from './check-fences.ts';
import { normalizeCodeBlocks } from './code-blocks.ts';
import { collectSections } from './collect-sections.ts';
import { decodeSource } from './decode-source.ts';
import { detachOutro } from './detach-outro.ts';
import { disclosures } from './disclosures.ts';
import { dropNavigation } from './drop-navigation.ts';
import { bankPage, questionPage, questionRecord } from './emit-mdx.ts';
import { emptyAnswers } from './empty-answers.ts';
import { readFrontMatter } from './front-matter.ts';
import { htmlAsText } from './html-as-text.ts';
import { legacyAnchors } from './legacy-anchors.ts';
import { liftGluedLabels } from './lift-glued-labels.ts';
import { linkRelated } from './link-related.ts';
import type { DraftBank, PassContext } from './model.ts';
import { neutralizeLinks } from './neutralize-links.ts';
import { type BankSource, outline } from './outline.ts';
import type { Overrides } from './overrides.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { promoteBoldHeadings } from './promote-bold-headings.ts';
import { detectQuestionShape, type QuestionShape } from './question-shape.ts';
import { readDifficulty } from './read-difficulty.ts';
import { estimateReadingTime } from './reading-time.ts';
import { reconcileToc } from './reconcile-toc.ts';
import { relocateMisfiledAnswers } from './relocate-misfiled-answers.ts';
import { repairEncoding } from './repair-encoding.ts';
import { type FileReportEntry, NormalizeError, type ReportEntry } from './report.ts';
import { stripScaffolding } from './strip-scaffolding.ts';
import { writeSummaries } from './summaries.ts';
import { titleDifficulty } from './title-difficulty.ts';
import { unbreakListHeadings } from './unbreak-list-headings.ts';

type BankContext = PassContext & { overrides: Overrides; taken: Set<string> };

/** Passes over the parsed tree, before it is cut into questions. */
export const treePasses: ReadonlyArray<readonly [string, (tree: Root, context: PassContext) => Root]> = [
  ['check-fences', checkFences],
  ['lift-glued-labels', liftGluedLabels],
];

/** Passes over one bank, in order: this list is the table of contents of the normalizer. */
export const bankPasses: ReadonlyArray<readonly [string, (bank: DraftBank, context: BankContext) => DraftBank]> = [
  ['reconcile-toc', reconcileToc],
  ['legacy-anchors', legacyAnchors],
  ['relocate-misfiled-answers', relocateMisfiledAnswers],
  ['detach-outro', detachOutro],
  ['strip-scaffolding', stripScaffolding],
  ['title-difficulty', titleDifficulty],
  ['assign-slugs', assignSlugs],
  ['read-difficulty', readDifficulty],
  ['empty-answers', emptyAnswers],
  ['promote-bold-headings', promoteBoldHeadings],
  ['admonitions', admonitions],
  ['disclosures', disclosures],
  ['code-blocks', normalizeCodeBlocks],
  ['html-as-text', htmlAsText],
  ['neutralize-links', neutralizeLinks],
  ['summaries', writeSummaries],
  ['assign-topics', assignTopics],
  ['collect-sections', collectSections],
  ['reading-time', estimateReadingTime],
];

/** One source file as read from disk. */
export interface SourceFile extends BankSource {
  bytes: Uint8Array;
}

export type { FileReportEntry } from './report.ts';

/** Everything the normalizer produces; when `report` holds an error, nothing may be written. */
export interface NormalizeResult {
  /** Each bank with the question rule its outline used (for the CLI's report; not written). */
  banks: Array<{ id: string; record: BankRecord; mdx: string; shape?: QuestionShape | undefined; sections?: number }>;
  questions: Array<{ record: QuestionRecord; mdx: string }>;
  report: FileReportEntry[];
}

/** Normalizes every bank; errors become report entries (with file and line), never exceptions. */
export function normalize(sources: SourceFile[], overrides: Overrides): NormalizeResult {
  const report: FileReportEntry[] = [];
  const taken = new Set<string>();
  const bankIds = new Set<string>();
  const drafts: DraftBank[] = [];
  for (const source of sources) {
    const entries: ReportEntry[] = [];
    const draft = draftBank(source, overrides, { taken, bankIds }, entries);
    // A loop, not push(...entries): a large bank has more entries than a call may take arguments.
    for (const entry of entries) report.push({ file: source.file, ...entry });
    if (draft) drafts.push(draft);
  }
  const linked = report.some((entry) => entry.severity === 'error') ? drafts : linkRelated(drafts, report);
  if (report.some((entry) => entry.severity === 'error')) return { banks: [], questions: [], report };
  return emit(linked, report);
}

function draftBank(
  source: SourceFile,
  overrides: Overrides,
  ids: { taken: Set<string>; bankIds: Set<string> },
  report: ReportEntry[],
): DraftBank | undefined {
  const outlined = outlineSource(source, overrides, ids, report);
  return outlined && bankPasses.reduce((current, [, pass]) => pass(current, outlined.context), outlined.bank);
}

/** A bank cut into document text and questions, before the bank passes (exported for the conservation tests). */
export function outlineSource(
  source: SourceFile,
  overrides: Overrides,
  { taken, bankIds }: { taken: Set<string>; bankIds: Set<string> },
  report: ReportEntry[],
): { bank: DraftBank; context: BankContext } | undefined {
  let text: string;
  try {
    text = decodeSource(source.bytes, source.file);
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    report.push({ pass: 'decode-source', severity: 'error', line: error.line, message: error.message });
    return undefined;
  }
  text = repairEncoding(text, report);
  const front = readFrontMatter(text, report);
  text = unbreakListHeadings(dropNavigation(front.text, report), report);
  const context: BankContext = { lines: text.split('\n'), report, overrides, taken };
  const tree = treePasses.reduce((current, [, pass]) => pass(current, context), parseMarkdown(text));
  const shape = detectQuestionShape(tree, overrides.questionShapes[basename(source.file)]);
  if (shape.alternative)
    report.push({
      pass: 'question-shape',
      severity: 'warning',
      line: 1,
      message: `questions are the h${shape.depth} headings, but h${shape.alternative} has nearly as many: if they are the questions, add to ${overrides.file} questionShapes: { "${basename(source.file)}": { rule: plain-heading, depth: ${shape.alternative} } }`,
    });
  const outlined = outline(tree, { file: source.file, id: source.id, ...front.metadata }, context, shape);
  if (report.some((entry) => entry.severity === 'error')) return undefined;
  const { id, why } = bankId(source.id, outlined.title, bankIds);
  if (why) report.push({ pass: 'bank-id', severity: 'fix', line: 1, message: why });
  return { bank: { ...outlined, id, shape }, context };
}

function emit(drafts: DraftBank[], report: FileReportEntry[]): NormalizeResult {
  const banks = drafts.map((draft) => ({
    id: draft.id,
    shape: draft.shape,
    sections: draft.sections.length,
    ...bankPage(draft),
  }));
  const questions = drafts.flatMap((draft) =>
    draft.questions.map((question) => {
      const record = questionRecord(draft, question);
      return { record, mdx: questionPage(record, question.blocks) };
    }),
  );
  return { banks, questions, report };
}
