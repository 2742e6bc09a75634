/**
 * Pass: a `<details><summary>Answer</summary> … </details>` inside an answer (a hidden answer to reveal) becomes a
 * blockquote opened by a `[!DETAILS] Answer` marker, which hast-callouts.ts renders as a real `<details>` element. The
 * bank's own HTML never reaches the page: the `<details>`, `<summary>` and wrapping `<p>` tags are dropped, the markdown
 * between them kept.
 */
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import type { DraftBank, PassContext } from './model.ts';
import { startLine } from './model.ts';
import { WRAPPERS_ONLY } from './outline-blocks.ts';
import { detailsSummary } from './question-shape.ts';
import { reporter } from './report.ts';

const CLOSER = /<\/details>\s*$/i;

/** Rewrites each closed `<details>` run of top-level blocks; one never closed is left to html-as-text. */
export function disclosures(bank: DraftBank, context: PassContext): DraftBank {
  const { fix } = reporter('disclosures', context.report);
  const convert = (blocks: RootContent[]): RootContent[] => {
    const out: RootContent[] = [];
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index] as RootContent;
      const summary = detailsSummary(block);
      const end =
        summary === undefined
          ? -1
          : blocks.findIndex((candidate, at) => at >= index && candidate.type === 'html' && CLOSER.test(candidate.value));
      if (summary === undefined || end === -1 || block.type !== 'html') {
        out.push(block);
        continue;
      }
      const inner = [
        ...leftover(block, block.value.replace(/^[\s\S]*?<\/summary>/i, '').replace(end === index ? CLOSER : /$^/, '')),
        ...(end === index ? [] : blocks.slice(index + 1, end)),
        ...(end === index
          ? []
          : leftover(blocks[end] as RootContent, (blocks[end] as { value: string }).value.replace(CLOSER, ''))),
      ];
      const marker: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `[!DETAILS] ${summary || 'Details'}` }] };
      const quote: Blockquote = { type: 'blockquote', children: [marker, ...(inner as Blockquote['children'])] };
      if (block.position) quote.position = { start: block.position.start, end: blocks[end]?.position?.end ?? block.position.end };
      fix(startLine(block), `<details> "${summary}" is a disclosure the reader opens`);
      out.push(quote);
      index = end;
    }
    return out;
  };
  const has = (blocks: RootContent[]) => blocks.some((block) => detailsSummary(block) !== undefined);
  const questions = bank.questions.map((question) =>
    has(question.blocks) ? { ...question, blocks: convert(question.blocks) } : question,
  );
  return { ...bank, intro: has(bank.intro) ? convert(bank.intro) : bank.intro, questions };
}

/** What is left of an opening or closing HTML block once its tags are taken off: nothing, or HTML for html-as-text. */
function leftover(block: RootContent, value: string): RootContent[] {
  return WRAPPERS_ONLY.test(value) ? [] : [{ ...block, type: 'html', value: value.trim() } as RootContent];
}
