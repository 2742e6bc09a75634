/** Pass: gives every question its topics: the overrides first, then the keyword rule, then the source section. */
import { toString as plainText } from 'mdast-util-to-string';
import type { Topic } from '../lib/schema.ts';
import { slugify } from './assign-slugs.ts';
import type { DraftBank, DraftQuestion, PassContext } from './model.ts';
import type { BankOverrides } from './overrides.ts';
import { reporter } from './report.ts';

type Vocabulary = BankOverrides['topics'];

/** Topic ids whose keywords occur as whole words in a text, in vocabulary order. */
export function topicsMentioned(text: string, vocabulary: Vocabulary): string[] {
  const haystack = text.toLowerCase();
  return Object.entries(vocabulary)
    .filter(([, topic]) => topic.keywords.some((keyword) => wholeWord(keyword.toLowerCase()).test(haystack)))
    .map(([id]) => id);
}

function wholeWord(keyword: string): RegExp {
  return new RegExp(`(^|[^a-z0-9])${keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`);
}

/**
 * The automatic rule: the topics whose keywords the title names; failing that, those its section headings
 * name; failing that, the `##` section the source filed it under. Source sections are a last resort
 * because a bank may file many questions under one section (here Q5–Q20 under "Event Loop").
 */
export function assignTopics(bank: DraftBank, context: PassContext & { overrides: BankOverrides }): DraftBank {
  const { fix, warn } = reporter('assign-topics', context.report);
  // Only a bank's own block of the overrides gives it a vocabulary; without one its sections are its topics.
  const vocabulary = context.overrides.topics;
  const own = Object.keys(vocabulary).length === 0;
  const used = new Map<string, string>();
  const questions = bank.questions.map((question): DraftQuestion => {
    const chosen = context.overrides.questions[question.slug ?? '']?.topics;
    const fromTitle = topicsMentioned(question.title, vocabulary);
    const fromHeadings = topicsMentioned(sectionHeadings(question), vocabulary).slice(0, 2);
    const section = fallbackTopic(question, bank);
    const topics = chosen ?? (fromTitle.length ? fromTitle : fromHeadings.length ? fromHeadings : [section.id]);
    if (chosen) fix(question.headingLine, `Q${question.number} topics come from ${context.overrides.file}: ${chosen.join(', ')}`);
    else if (!fromTitle.length && !fromHeadings.length && !own)
      warn(
        question.headingLine,
        `Q${question.number} matches no topic keyword: filed under its source section "${section.name}"`,
      );
    else if (question.sourceSection && !topics.includes(slugify(question.sourceSection))) {
      fix(
        question.headingLine,
        `Q${question.number} sits under "${question.sourceSection}" in the source; its topics are ${topics.join(', ')}`,
      );
    }
    for (const id of topics) used.set(id, vocabulary[id]?.name ?? (id === section.id ? section.name : id));
    return { ...question, topics };
  });
  if (own) fix(1, ownTopicsNote(bank, used.size));
  // With no vocabulary, the bank's own sections keep their source order.
  const order = own ? [...used.keys()] : [...Object.keys(vocabulary), ...[...used.keys()].sort()];
  const topics = [...new Set(order)].filter((id) => used.has(id)).map((id) => ({ id, name: used.get(id) ?? id }));
  const unknown = topics.filter((topic) => !vocabulary[topic.id] && Object.keys(vocabulary).length > 0);
  for (const topic of unknown)
    warn(1, `topic "${topic.id}" is not in ${context.overrides.scope}.topics of ${context.overrides.file}`);
  return { ...bank, topics, questions };
}

/** The source section as a topic; else the bank's title or id, the first whose words make a slug (`## 🚀` makes none). */
function fallbackTopic(question: DraftQuestion, bank: DraftBank): Topic {
  for (const name of [question.sourceSection, bank.title, bank.id]) {
    const id = slugify(sectionName(name ?? ''));
    if (name && id) return { id, name: sectionName(name) };
  }
  return { id: 'general', name: 'General' };
}

/** A section heading as a topic name: `# 1. INTRODUCTION` → `INTRODUCTION`, `Part 2: Streams` → `Streams`. */
export function sectionName(heading: string): string {
  return heading
    .trim()
    .replace(/^#+\s*/, '')
    .replace(/^(?:(?:part|section|chapter)\s+)?(?:\d+|[IVX]+)\s*[.):-]\s+/i, '')
    .trim();
}

function ownTopicsNote(bank: DraftBank, count: number): string {
  if (bank.sections.length === 0)
    return `no topic vocabulary and no sections: every question is filed under the bank, "${bank.title}"`;
  return `no topic vocabulary: the ${count} topic(s) are the sections that group its questions`;
}

function sectionHeadings(question: DraftQuestion): string {
  return question.blocks
    .filter((block) => block.type === 'heading')
    .map((block) => plainText(block))
    .join('\n');
}
