/** Pass: writes each question's one-sentence summary, for cards, link previews and search results. */
import { toString as plainText } from 'mdast-util-to-string';
import type { DraftBank, PassContext } from './model.ts';
import { reporter } from './report.ts';

const MAX_LENGTH = 240;

/** The first sentence of a text; a period inside a name (`Node.js`, `e.g.`) does not end it. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+[A-Z0-9"'(])/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  if (sentence.length <= MAX_LENGTH) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', MAX_LENGTH - 1))}…`;
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
