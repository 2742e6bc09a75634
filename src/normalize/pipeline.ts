/** The normalizer: source bytes → repaired text → mdast → named passes → validated records and MDX pages. */
import type { Root } from 'mdast';
import type { BankRecord, QuestionRecord } from '../lib/schema.ts';
import { assignSlugs } from './assign-slugs.ts';
import { assignTopics } from './assign-topics.ts';
import { type AssetReader, type BankAsset, noImages } from './bank-assets.ts';
import { checkFences } from './check-fences.ts';
import { normalizeCodeBlocks } from './code-blocks.ts';
import { collectSections } from './collect-sections.ts';
import { decodeSource } from './decode-source.ts';
import { detachOutro } from './detach-outro.ts';
import { bankPage, questionPage, questionRecord } from './emit-mdx.ts';
import { htmlAsText } from './html-as-text.ts';
import { legacyAnchors } from './legacy-anchors.ts';
import { liftGluedLabels } from './lift-glued-labels.ts';
import { linkRelated } from './link-related.ts';
import type { DraftBank, PassContext } from './model.ts';
import { neutralizeLinks } from './neutralize-links.ts';
import { type BankSource, outline } from './outline.ts';
import { type BankOverrides, type Overrides, overridesForBank, overridesKeyLine } from './overrides.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { promoteBoldHeadings } from './promote-bold-headings.ts';
import { publishImages } from './publish-images.ts';
import { readDifficulty } from './read-difficulty.ts';
import { estimateReadingTime } from './reading-time.ts';
import { reconcileToc } from './reconcile-toc.ts';
import { relocateMisfiledAnswers } from './relocate-misfiled-answers.ts';
import { repairEncoding } from './repair-encoding.ts';
import { type FileReportEntry, NormalizeError, type ReportEntry } from './report.ts';
import { stripScaffolding } from './strip-scaffolding.ts';
import { writeSummaries } from './summaries.ts';

/** What a bank's passes share with the other banks of the build: slugs taken, URLs owned, how to read images. */
type BankContext = PassContext & {
  overrides: BankOverrides;
  taken: Set<string>;
  owners: ReadonlyMap<string, string>;
  readAsset: AssetReader;
};

/** What the normalizer reads besides the banks and the overrides. */
export interface NormalizeInputs {
  /** Finds the images banks keep beside them; by default none is found. */
  readAsset?: AssetReader;
  /** URLs published before (the manifest), with the bank each belongs to. */
  published?: ReadonlyArray<{ slug: string; bank?: string | undefined }>;
}

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
  ['assign-slugs', assignSlugs],
  ['read-difficulty', readDifficulty],
  ['promote-bold-headings', promoteBoldHeadings],
  ['code-blocks', normalizeCodeBlocks],
  ['publish-images', publishImages],
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
  banks: Array<{ id: string; record: BankRecord; mdx: string }>;
  questions: Array<{ record: QuestionRecord; mdx: string }>;
  /** Images the pages show, each once, by content-hashed name. */
  assets: BankAsset[];
  report: FileReportEntry[];
}

/** Normalizes every bank; errors become report entries (with file and line), never exceptions. */
export function normalize(sources: SourceFile[], overrides: Overrides, inputs: NormalizeInputs = {}): NormalizeResult {
  const report: FileReportEntry[] = [];
  const taken = new Set<string>();
  const owners = urlOwners(inputs.published ?? [], new Set(sources.map((source) => source.id)));
  const readAsset = inputs.readAsset ?? noImages;
  const drafts: DraftBank[] = [];
  reportUnknownBanks(overrides, sources, report);
  for (const source of sources) {
    const entries: ReportEntry[] = [];
    const shared = { overrides: overridesForBank(overrides, source.id), taken, owners, readAsset };
    const draft = draftBank(source, shared, entries);
    // A loop, not push(...entries): a large bank has more entries than a call may take arguments.
    for (const entry of entries) report.push({ file: source.file, ...entry });
    if (draft) drafts.push(draft);
  }
  const linked = report.some((entry) => entry.severity === 'error') ? drafts : linkRelated(drafts, report);
  if (report.some((entry) => entry.severity === 'error')) return { banks: [], questions: [], assets: [], report };
  return emit(linked, report);
}

/**
 * Which bank each published slug belongs to, for banks of this build: a question keeps its URL whatever banks are
 * added beside it. A URL whose bank is gone (removed or renamed) belongs to no one until a question takes it.
 */
function urlOwners(published: NonNullable<NormalizeInputs['published']>, banks: ReadonlySet<string>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { slug, bank } of published) if (bank !== undefined && banks.has(bank)) owners.set(slug, bank);
  return owners;
}

/** Choices kept for a bank that is not in the build: a warning, as a removed or renamed bank leaves them behind. */
function reportUnknownBanks(overrides: Overrides, sources: SourceFile[], report: FileReportEntry[]): void {
  const ids = sources.map((source) => source.id);
  for (const id of Object.keys(overrides.banks).filter((bank) => !ids.includes(bank))) {
    const line = overridesKeyLine(overrides.file, ['banks', id]);
    const message = `banks.${id}: no bank has this id (bank ids are file names without .md: ${ids.join(', ')})`;
    report.push({ file: overrides.file, pass: 'overrides', severity: 'warning', line, message });
  }
}

function draftBank(
  source: SourceFile,
  shared: Omit<BankContext, 'lines' | 'report'>,
  report: ReportEntry[],
): DraftBank | undefined {
  let text: string;
  try {
    text = decodeSource(source.bytes, source.file);
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    report.push({ pass: 'decode-source', severity: 'error', line: error.line, message: error.message });
    return undefined;
  }
  text = repairEncoding(text, report);
  const context: BankContext = { ...shared, lines: text.split('\n'), report };
  const tree = treePasses.reduce((current, [, pass]) => pass(current, context), parseMarkdown(text));
  const bank = outline(tree, { file: source.file, id: source.id }, context);
  if (report.some((entry) => entry.severity === 'error')) return undefined;
  return bankPasses.reduce((current, [, pass]) => pass(current, context), bank);
}

function emit(drafts: DraftBank[], report: FileReportEntry[]): NormalizeResult {
  const banks = drafts.map((draft) => ({ id: draft.id, ...bankPage(draft) }));
  const questions = drafts.flatMap((draft) =>
    draft.questions.map((question) => {
      const record = questionRecord(draft, question);
      return { record, mdx: questionPage(record, question.blocks) };
    }),
  );
  const assets = new Map(drafts.flatMap((draft) => draft.assets ?? []).map((asset) => [asset.name, asset]));
  return { banks, questions, assets: [...assets.values()], report };
}
