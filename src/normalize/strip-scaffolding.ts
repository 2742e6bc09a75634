/** Pass: drops the source's scaffolding inside answers: `**Answer:**` labels and `---` separators. */
import type { RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { isAnswerLabel, isLabelText } from './labels.ts';
import type { DraftBank } from './model.ts';

/** The page layout shows what these marked: where an answer starts and where a question ends. */
export function stripScaffolding(bank: DraftBank): DraftBank {
  const questions = bank.questions.map((question) => ({
    ...question,
    blocks: question.blocks.filter((block) => block.type !== 'thematicBreak' && !isAnswerLabel(block)).map(dropLeadingLabel),
  }));
  const intro = bank.intro.filter((block) => block.type !== 'thematicBreak');
  return { ...bank, intro, questions };
}

/** `**Answer:**` followed on the next line by the answer's first sentence shares its paragraph: keep the sentence. */
function dropLeadingLabel(block: RootContent): RootContent {
  if (block.type !== 'paragraph') return block;
  const [first, second, ...rest] = block.children;
  if (first?.type !== 'strong' || !isLabelText(plainText(first)) || plainText(first).toLowerCase().startsWith('difficulty'))
    return block;
  const kept = second?.type === 'text' ? [{ ...second, value: second.value.trimStart() }] : second ? [second] : [];
  const children = [...kept, ...rest];
  return { ...block, children };
}
