/**
 * Pass: admonitions as banks write them (Docusaurus `:::info Title` … `:::`, GitHub `> [!NOTE]`) become one form, a
 * blockquote opened by `[!NOTE]`-style marker, which the markdown pass hast-callouts.ts renders as a callout.
 */
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { DraftBank, PassContext } from './model.ts';
import { startLine } from './model.ts';
import { reporter } from './report.ts';

/** Docusaurus and other admonition words, to the five GitHub alert kinds the site styles. */
const KINDS: Readonly<Record<string, string>> = {
  note: 'NOTE',
  info: 'NOTE',
  tip: 'TIP',
  important: 'IMPORTANT',
  warning: 'WARNING',
  caution: 'CAUTION',
  danger: 'CAUTION',
};
const OPENER = /^:::\s*([a-z]+)[ \t]*(.*)$/i;
const CLOSER = /^:::\s*$/;

/** Rewrites `:::kind` … `:::` runs of top-level blocks into callouts; an unclosed run is left as it was. */
export function admonitions(bank: DraftBank, context: PassContext): DraftBank {
  const { fix } = reporter('admonitions', context.report);
  const convert = (blocks: RootContent[]): RootContent[] => {
    const out: RootContent[] = [];
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as RootContent;
      const opener = block.type === 'paragraph' ? OPENER.exec(firstLine(block)) : null;
      const kind = opener ? KINDS[(opener[1] ?? '').toLowerCase()] : undefined;
      const end = kind ? blocks.findIndex((candidate, at) => at > index && isCloser(candidate)) : -1;
      if (!opener || !kind || end === -1) {
        out.push(block);
        continue;
      }
      const title = (opener[2] ?? '').trim();
      const marker: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'text', value: `[!${kind}]${title ? ` ${title}` : ''}` }],
      };
      const quote: Blockquote = {
        type: 'blockquote',
        children: [marker, ...(blocks.slice(index + 1, end) as Blockquote['children'])],
      };
      if (block.position) quote.position = { start: block.position.start, end: blocks[end]?.position?.end ?? block.position.end };
      fix(startLine(block), `":::${opener[1]}" admonition is a ${kind.toLowerCase()} callout`);
      out.push(quote);
      index = end;
    }
    return out;
  };
  const questions = bank.questions.map((question) =>
    question.blocks.some(isOpener) ? { ...question, blocks: convert(question.blocks) } : question,
  );
  const intro = bank.intro.some(isOpener) ? convert(bank.intro) : bank.intro;
  return { ...bank, intro, questions };
}

function firstLine(block: RootContent): string {
  return plainText(block).split('\n')[0] ?? '';
}

function isOpener(block: RootContent): boolean {
  return block.type === 'paragraph' && OPENER.test(firstLine(block));
}

function isCloser(block: RootContent): boolean {
  return block.type === 'paragraph' && CLOSER.test(plainText(block));
}
