/** Pass: moves document text that trails a question after its closing separator to the home page intro. */
import type { RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { isBoldAlone } from './labels.ts';
import type { DraftBank, PassContext } from './model.ts';
import { endLine, startLine } from './model.ts';
import { reporter } from './report.ts';

/**
 * A `---` closes a question; plain paragraphs after the last one, before the next heading, speak about
 * the document ("This comprehensive guide covers ..."), not about the question above them.
 */
export function detachOutro(bank: DraftBank, context: PassContext): DraftBank {
  const { fix } = reporter('detach-outro', context.report);
  const intro = [...bank.intro];
  const questions = bank.questions.map((question) => {
    const cut = outroStart(question.blocks);
    if (cut === undefined) return question;
    const outro = question.blocks.slice(cut);
    const first = outro[0] as RootContent;
    const preview = plainText(first).slice(0, 60);
    fix(
      startLine(first),
      `"${preview}..." follows the closing --- of Q${question.number}: it is document text and moves to the home page`,
    );
    intro.push(...outro);
    const blocks = question.blocks.slice(0, cut);
    return { ...question, blocks, endLine: endLine(blocks.at(-1) ?? first) };
  });
  return { ...bank, intro, questions };
}

/** Index of the first outro paragraph, when the blocks end with `---` and plain paragraphs only. */
function outroStart(blocks: RootContent[]): number | undefined {
  let index = blocks.length;
  while (index > 0 && isPlainParagraph(blocks[index - 1])) index--;
  const hasAnswerBefore = blocks.slice(0, Math.max(index - 1, 0)).some((block) => block.type !== 'thematicBreak');
  return index < blocks.length && blocks[index - 1]?.type === 'thematicBreak' && hasAnswerBefore ? index : undefined;
}

function isPlainParagraph(block: RootContent | undefined): boolean {
  return block?.type === 'paragraph' && !isBoldAlone(block);
}
