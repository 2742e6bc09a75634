/** Detects how a bank marks its questions (which headings, list items, `<details>` or bold lines) and says why. */
import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { isBoldAlone, isLabelText } from './labels.ts';

/** The rules, in the order detection tries them. */
export const SHAPE_RULES = [
  'q-number-heading',
  'list-heading',
  'marked-heading',
  'details',
  'bold-line',
  'plain-heading',
] as const;
export type ShapeRule = (typeof SHAPE_RULES)[number];

/** The chosen rule: `depth` is the heading level of a question for the heading rules. */
export interface QuestionShape {
  rule: ShapeRule;
  depth: number;
  reason: string;
  /** Another heading level that nearly ties, when the choice is in doubt. */
  alternative?: number;
}

/** A rule an editor pinned in the overrides, for a bank whose structure is ambiguous. */
export interface ShapePin {
  rule: ShapeRule;
  depth?: number | undefined;
}

/** `### Q4: Title`: the original bank's form, with the number the source gave. */
export const Q_NUMBER_HEADING = /^Q(\d+)\s*[:.)-]\s*(.+)$/;
/** `Q.`, `Q:`, `Q1.`, `Question 3:`, `1.`, `3)`: a heading that marks itself as a question. */
const MARKED_HEADING = /^(?:(?:Q|Question)\s*\d*\s*[:.)]|\d+\s*[:.)])\s*(\S.*)$/;
const TOC_HEADING = /^(table of )?contents$/i;
const SUMMARY = /^\s*<details[^>]*>\s*<summary[^>]*>([\s\S]*?)<\/summary>/i;
const ANSWER_WORD = /^(answer|solution|show answer|click to (see|show|expand).*|hint)s?\s*:?$/i;

/** The title a marked heading gives (`Q. What is X?` → `What is X?`), else undefined. */
export function markedTitle(text: string): string | undefined {
  return MARKED_HEADING.exec(text.trim())?.[1]?.trim();
}

/** Whether a heading names the table of contents. */
export function isTocHeading(text: string): boolean {
  return TOC_HEADING.test(text.trim());
}

/** The summary text of an HTML block opening `<details><summary>…</summary>`, else undefined. */
export function detailsSummary(block: RootContent): string | undefined {
  if (block.type !== 'html') return undefined;
  return SUMMARY.exec(block.value)?.[1]
    ?.replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The question of a `<details><summary>…</summary>` block, unless the summary only says "Answer". */
export function detailsQuestion(block: RootContent): string | undefined {
  const summary = detailsSummary(block);
  return summary && !ANSWER_WORD.test(summary) ? summary : undefined;
}

/** The heading that opens a list item (`1. ### Title`), else undefined. */
export function itemHeading(item: ListItem): Heading | undefined {
  const first = item.children[0];
  return first?.type === 'heading' ? first : undefined;
}

/** A bold line standing alone that asks something (`**What is X?**`), not a label (`**Answer:**`). */
export function isBoldQuestion(block: RootContent): boolean {
  if (!isBoldAlone(block)) return false;
  const text = plainText(block).trim();
  return !isLabelText(text) && /\?\s*$/.test(text);
}

/** Picks the rule: a pin first, then the most specific shape present at least twice (once for `Qn:` headings). */
export function detectQuestionShape(tree: Root, pin?: ShapePin): QuestionShape {
  const headings = tree.children.filter((block): block is Heading => block.type === 'heading' && !isTocHeading(plainText(block)));
  const title = headings.find((heading) => heading.depth === 1);
  const inner = headings.filter((heading) => heading !== title);
  if (pin) return { rule: pin.rule, depth: pin.depth ?? commonDepth(inner) ?? 3, reason: 'pinned in the overrides' };
  const qNumbered = inner.filter((heading) => Q_NUMBER_HEADING.test(plainText(heading).trim()));
  if (qNumbered.length > 0) {
    const depth = commonDepth(qNumbered) ?? 3;
    return { rule: 'q-number-heading', depth, reason: `${qNumbered.length} h${depth} headings like "Q1: …"` };
  }
  const listHeadings = tree.children
    .filter((block): block is List => block.type === 'list')
    .flatMap((list) => list.children.map(itemHeading).filter((heading) => heading !== undefined));
  if (listHeadings.length >= 2) {
    const depth = commonDepth(listHeadings) ?? 3;
    return {
      rule: 'list-heading',
      depth,
      reason: `${listHeadings.length} list items open with an h${depth} heading ("1. ### …"), the answer indented under it`,
    };
  }
  const marked = inner.filter((heading) => markedTitle(plainText(heading)) !== undefined);
  if (marked.length >= 2) {
    const depth = commonDepth(marked) ?? 2;
    // Numbered steps inside answers (`### 1. Install`) under more plain headings above them are not the questions.
    const [plain] = plainLevels(
      tree,
      inner.filter((heading) => !marked.includes(heading)),
    );
    if (plain && plain.depth < depth && plain.distinct > marked.length) {
      const shape = plainHeadingShape(tree, inner);
      return { ...shape, reason: `${shape.reason}; the ${marked.length} numbered headings below them are inside answers` };
    }
    return { rule: 'marked-heading', depth, reason: `${marked.length} headings numbered or marked "Q." (mostly h${depth})` };
  }
  const details = tree.children.filter((block) => detailsQuestion(block) !== undefined);
  if (details.length >= 2) return { rule: 'details', depth: 0, reason: `${details.length} <details><summary> blocks` };
  const bold = tree.children.filter(isBoldQuestion);
  if (bold.length >= 2) return { rule: 'bold-line', depth: 0, reason: `${bold.length} bold lines standing alone ending in "?"` };
  return plainHeadingShape(tree, inner);
}

/**
 * Plain headings: the level with the most distinct headings that have text of their own before the next heading. A
 * repeated `#### References` is one, and a `## Section` that only groups questions has no text of its own.
 */
function plainHeadingShape(tree: Root, headings: Heading[]): QuestionShape {
  const [best, second] = plainLevels(tree, headings);
  if (!best || best.distinct < 2) return { rule: 'plain-heading', depth: 0, reason: 'no repeated question structure' };
  const close = second && second.distinct * 5 >= best.distinct * 4;
  const doubt = close
    ? `; h${second.depth} has nearly as many (${second.distinct}): pin the rule if h${best.depth} is wrong`
    : '';
  const shape: QuestionShape = {
    rule: 'plain-heading',
    depth: best.depth,
    reason: `${best.distinct} distinct h${best.depth} headings with text of their own, the most of any level${doubt}`,
  };
  if (close) shape.alternative = second.depth;
  return shape;
}

/** Heading levels by how many distinct headings with text of their own each has, most first (the shallower on a tie). */
function plainLevels(tree: Root, headings: Heading[]): Array<{ depth: number; distinct: number }> {
  const answered = headings.filter((heading) => {
    const next = tree.children[tree.children.indexOf(heading) + 1];
    return next !== undefined && next.type !== 'heading';
  });
  const byDepth = Map.groupBy(answered, (heading) => heading.depth);
  const scored = [...byDepth].map(([depth, list]) => ({ depth, distinct: new Set(list.map((h) => plainText(h).trim())).size }));
  return scored.sort((a, b) => b.distinct - a.distinct || a.depth - b.depth);
}

/** The most common heading level of a list (the shallower on a tie). */
function commonDepth(headings: Heading[]): number | undefined {
  const counts = new Map<number, number>();
  for (const heading of headings) counts.set(heading.depth, (counts.get(heading.depth) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}
