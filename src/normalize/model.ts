/** The draft a bank passes through: mdast blocks grouped into a document and its questions. */
import type { Definition, Nodes, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Difficulty } from '../lib/difficulty.ts';
import type { Section, Topic } from '../lib/schema.ts';
import type { BankAsset } from './bank-assets.ts';
import type { QuestionShape } from './question-shape.ts';
import type { ReportEntry } from './report.ts';

/** A table-of-contents entry as the source wrote it. */
export interface TocEntry {
  number: number | undefined;
  text: string;
  anchor: string;
  line: number;
}

/** One question while it is being normalized; later passes fill the optional fields. */
export interface DraftQuestion {
  number: number;
  title: string;
  /** The heading as written (`Q4: What are Streams?`), which GitHub made its anchor from. */
  headingText: string;
  headingLine: number;
  /** The `##` section the source filed it under, if any. */
  sourceSection: string | undefined;
  /** The answer: top-level mdast blocks, in order. */
  blocks: RootContent[];
  /** Last source line that belongs to the question. */
  endLine: number;
  aliases: string[];
  /** A difficulty tag title-difficulty took off the title, for read-difficulty to map. */
  titleLabel?: string;
  difficulty?: Difficulty;
  difficultyLabel?: string | null;
  slug?: string;
  summary?: string;
  topics?: string[];
  sections?: Section[];
  related?: string[];
  readingMinutes?: number;
}

/** A whole source bank: document text plus questions. */
export interface DraftBank {
  /** Source path as given to the normalizer, used in messages. */
  file: string;
  /** Bank id: the slug of its file name, or of its title when the name is generic (bank-id.ts). */
  id: string;
  title: string;
  /** One line about the bank, from its front matter. */
  description?: string;
  /** Document text shown on the home page (intro, and outros found after questions). */
  intro: RootContent[];
  toc: TocEntry[];
  sections: Array<{ title: string; line: number }>;
  questions: DraftQuestion[];
  topics: Topic[];
  /** Images the pages show, published with the site (set by publish-images). */
  assets?: BankAsset[];
  /** Set by read-difficulty when no question has a label (nor an override): the bank has no difficulty. */
  noDifficulty?: true;
  /** How its questions were found (set by the pipeline after the outline). */
  shape?: QuestionShape;
}

/** What every pass gets besides the draft: the source lines (for line-exact checks) and the report. */
export interface PassContext {
  lines: readonly string[];
  report: ReportEntry[];
}

/** The first source line of a node (1 when the node has no position, as made-up nodes do). */
export function startLine(node: { position?: { start: { line: number } } | undefined }): number {
  return node.position?.start.line ?? 1;
}

/** The last source line of a node. */
export function endLine(node: { position?: { end: { line: number } } | undefined }): number {
  return node.position?.end.line ?? 1;
}

/**
 * Whether `test` holds for the node or any node inside it. Passes copy only the blocks they change: copying
 * every block of a large bank in every pass left hundreds of megabytes for the garbage collector.
 */
export function someNode(node: Nodes, test: (node: Nodes) => boolean): boolean {
  return test(node) || ('children' in node && node.children.some((child) => someNode(child, test)));
}

/** The block itself when `test` holds for none of its nodes, else a deep copy a pass may change. */
export function copyIfAny<T extends Nodes>(block: T, test: (node: Nodes) => boolean): T {
  return someNode(block, test) ? structuredClone(block) : block;
}

/** The URL of every link definition in the bank's text, by identifier; the first of an identifier wins, as in CommonMark. */
export function definitionUrls(bank: DraftBank): Map<string, string> {
  const urls = new Map<string, string>();
  const children = [...bank.intro, ...bank.questions.flatMap((question) => question.blocks)];
  visit({ type: 'root', children }, 'definition', (node: Definition) => {
    if (!urls.has(node.identifier)) urls.set(node.identifier, node.url);
  });
  return urls;
}
