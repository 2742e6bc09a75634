/** Pass: writes each question's one-sentence summary, for cards, link previews and search results. */
import { toString as plainText } from 'mdast-util-to-string';
import type { DraftBank, PassContext } from './model.ts';
import { reporter } from './report.ts';

const MAX_LENGTH = 240;
// A period after these does not end a sentence, even before a capital ("e.g. Express").
const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'etc.', 'vs.', 'cf.', 'approx.', 'mr.', 'ms.', 'dr.', 'no.']);

/** The first sentence of a text; a period inside a name (`Node.js`, `e.g.`) does not end it. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let sentence = flat;
  for (const end of flat.matchAll(/[.!?](?=\s+[A-Z0-9"'(])/g)) {
    const lastWord =
      flat
        .slice(0, end.index + 1)
        .split(' ')
        .at(-1)
        ?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(lastWord)) continue;
    sentence = flat.slice(0, end.index + 1);
    break;
  }
  if (sentence.length <= MAX_LENGTH) return sentence;
  const lastSpace = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
  return `${sentence.slice(0, lastSpace > 0 ? lastSpace : MAX_LENGTH - 1)}…`;
}

/** The summary is the first sentence of the answer's first paragraph; with none, the title stands in. */
export function writeSummaries(bank: DraftBank, context: PassContext): DraftBank {
  const { warn } = reporter('summaries', context.report);
  const questions = bank.questions.map((question) => {
    const paragraph = question.blocks.find((block) => block.type === 'paragraph');
    const summary = paragraph ? firstSentence(plainText(paragraph)) : '';
    if (summary) return { ...question, summary };
    warn(question.headingLine, `Q${question.number} has no opening paragraph: its summary repeats the title`);
    return { ...question, summary: question.title };
  });
  return { ...bank, questions };
}
