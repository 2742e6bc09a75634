/** Recognizes the source's label lines (`**Difficulty: Hard**`, `**Answer:**`) and bold-alone headings. */
import type { Paragraph, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';

const DIFFICULTY_LABEL = /^difficulty\s*:\s*(.*?)\s*$/i;
const ANSWER_LABEL = /^(?:answer\s*:?|a\s*:)\s*$/i;

/** A paragraph made only of one `strong` (whitespace around it allowed), e.g. `**Key Takeaways:**`. */
export function isBoldAlone(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0]?.type === 'strong';
}

/** The difficulty word of a `**Difficulty: X**` (or `**Difficulty:** X`) paragraph, else undefined. */
export function difficultyWord(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' || node.children[0]?.type !== 'strong') return undefined;
  return DIFFICULTY_LABEL.exec(plainText(node))?.[1];
}

/** Whether a paragraph is the `**Answer:**` label. */
export function isAnswerLabel(node: RootContent): boolean {
  return isBoldAlone(node) && ANSWER_LABEL.test(plainText(node));
}

/** Whether a strong node's text is a label (used to find labels glued into other paragraphs). */
export function isLabelText(text: string): boolean {
  return DIFFICULTY_LABEL.test(text) || ANSWER_LABEL.test(text);
}
