/** The normalizer: source bytes → repaired text → mdast → named passes → validated records and MDX pages. */
import type { Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { BankRecord, QuestionRecord } from '../lib/schema.ts';
import { admonitions } from './admonitions.ts';
import { assignSlugs } from './assign-slugs.ts';
import { assignTopics } from './assign-topics.ts';
import { type AssetReader, type BankAsset, noImages } from './bank-assets.ts';
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
import { type BankMetadata, readFrontMatter } from './front-matter.ts';
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
  ['title-difficulty', titleDifficulty],
  ['assign-slugs', assignSlugs],
  ['read-difficulty', readDifficulty],
  ['empty-answers', emptyAnswers],
  ['promote-bold-headings', promoteBoldHeadings],
  ['admonitions', admonitions],
  ['disclosures', disclosures],
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
  /** Each bank with the question rule its outline used (for the CLI's report; not written). */
  banks: Array<{ id: string; record: BankRecord; mdx: string; shape?: QuestionShape | undefined; sections?: number }>;
  questions: Array<{ record: QuestionRecord; mdx: string }>;
  /** Images the pages show, each once, by content-hashed name. */
  assets: BankAsset[];
  report: FileReportEntry[];
}

/** Normalizes every bank; errors become report entries (with file and line), never exceptions. */
export function normalize(sources: SourceFile[], overrides: Overrides, inputs: NormalizeInputs = {}): NormalizeResult {
  // Each bank's entries stay together, in source order, though its id is made before any bank's passes run.
  const entriesOf = new Map(sources.map((source) => [source, [] as ReportEntry[]]));
  const entries = (source: SourceFile) => entriesOf.get(source) ?? [];
  // First every bank's id, for the overrides and URL owners keyed by it; then each bank's passes.
  const bankIds = new Set<string>();
  const parsed = sources.flatMap((source) => parseSource(source, bankIds, entries(source)) ?? []);
  const taken = new Set<string>();
  const owners = urlOwners(inputs.published ?? [], bankIds);
  const readAsset = inputs.readAsset ?? noImages;
  const drafts: DraftBank[] = [];
  for (const bank of parsed) {
    const shared = { overrides: overridesForBank(overrides, bank.id), taken, owners, readAsset };
    const outlined = outlineBank(bank, shared, entries(bank.source));
    if (outlined) drafts.push(bankPasses.reduce((current, [, pass]) => pass(current, outlined.context), outlined.bank));
  }
  const report: FileReportEntry[] = [];
  reportUnknownBanks(overrides, [...bankIds], report);
  // A loop, not push(...entries): a large bank has more entries than a call may take arguments.
  for (const [source, list] of entriesOf) for (const entry of list) report.push({ file: source.file, ...entry });
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
function reportUnknownBanks(overrides: Overrides, ids: string[], report: FileReportEntry[]): void {
  for (const id of Object.keys(overrides.banks).filter((bank) => !ids.includes(bank))) {
    const line = overridesKeyLine(overrides.file, ['banks', id]);
    const message = `banks.${id}: no bank has this id (this build's banks: ${ids.join(', ')})`;
    report.push({ file: overrides.file, pass: 'overrides', severity: 'warning', line, message });
  }
}

/** A bank read and parsed, with its id, before any choice of the overrides applies. */
export interface ParsedBank {
  source: SourceFile;
  id: string;
  metadata: BankMetadata;
  lines: string[];
  tree: Root;
}

/** Decodes, repairs, reads front matter, drops navigation and parses one bank; then names it (bank-id.ts). */
export function parseSource(source: SourceFile, bankIds: Set<string>, report: ReportEntry[]): ParsedBank | undefined {
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
  const lines = text.split('\n');
  const tree = treePasses.reduce((current, [, pass]) => pass(current, { lines, report }), parseMarkdown(text));
  const { id, why } = bankId(source.id, documentTitle(tree) ?? front.metadata.title ?? '', bankIds);
  if (why) report.push({ pass: 'bank-id', severity: 'fix', line: 1, message: why });
  return { source, id, metadata: front.metadata, lines, tree };
}

/** The first `#` heading's text: the title outline gives the bank, known here before the outline. */
function documentTitle(tree: Root): string | undefined {
  const heading = tree.children.find((block) => block.type === 'heading' && block.depth === 1);
  return heading && plainText(heading).trim();
}

/** A bank cut into document text and questions by its shape (detected, or pinned in its overrides), before the bank passes. */
export function outlineBank(
  parsed: ParsedBank,
  shared: Omit<BankContext, 'lines' | 'report'>,
  report: ReportEntry[],
): { bank: DraftBank; context: BankContext } | undefined {
  const context: BankContext = { ...shared, lines: parsed.lines, report };
  const { overrides } = shared;
  const shape = detectQuestionShape(parsed.tree, overrides.questionShape);
  if (shape.alternative)
    report.push({
      pass: 'question-shape',
      severity: 'warning',
      line: 1,
      message: `questions are the h${shape.depth} headings, but h${shape.alternative} has nearly as many: if they are the questions, add to ${overrides.file} ${overrides.scope}.questionShape: { rule: plain-heading, depth: ${shape.alternative} }`,
    });
  const source = { file: parsed.source.file, id: parsed.id, ...parsed.metadata };
  const bank = outline(parsed.tree, source, context, shape);
  if (report.some((entry) => entry.severity === 'error')) return undefined;
  return { bank: { ...bank, shape }, context };
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
  const assets = new Map(drafts.flatMap((draft) => draft.assets ?? []).map((asset) => [asset.name, asset]));
  return { banks, questions, assets: [...assets.values()], report };
}
