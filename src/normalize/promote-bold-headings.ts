/** Pass: turns a bold line standing alone (`**1. Dependency Management:**`) into a real h2/h3 heading. */
import type { Heading, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { isBoldAlone } from './labels.ts';
import type { DraftBank, PassContext } from './model.ts';
import { startLine } from './model.ts';
import { reporter } from './report.ts';

const NUMBERED = /^\d+[.)]\s/;
const MAX_HEADING_LENGTH = 100;

/**
 * Numbered bold lines are sections (h2); un-numbered ones are subsections (h3) of the numbered section
 * above them, or sections when no numbered one came first. Real headings deeper than h3 become h3.
 */
export function promoteBoldHeadings(bank: DraftBank, context: PassContext): DraftBank {
  const { fix } = reporter('promote-bold-headings', context.report);
  const questions = bank.questions.map((question) => {
    let inNumbered = false;
    const blocks = question.blocks.map((block): RootContent => {
      if (block.type === 'heading') return { ...block, depth: block.depth <= 2 ? 2 : 3 };
      const text = isBoldAlone(block) ? plainText(block).trim().replace(/\s*:$/, '') : '';
      if (!text || text.length > MAX_HEADING_LENGTH) return block;
      const numbered = NUMBERED.test(text);
      inNumbered ||= numbered;
      const heading: Heading = {
        type: 'heading',
        depth: numbered || !inNumbered ? 2 : 3,
        children: [{ type: 'text', value: text }],
      };
      if (block.position) heading.position = block.position;
      fix(startLine(block), `bold line "${text}" became an h${heading.depth}`);
      return heading;
    });
    return { ...question, blocks };
  });
  return { ...bank, questions };
}
