// Build test: what Pagefind indexed in dist/pagefind — one record per answer, its text only, clean section titles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIFFICULTY_LEVELS } from '../../src/lib/difficulty.ts';
import { type Fragment, readFragments } from '../support/pagefind-files.ts';
import { normalizedRealBank } from '../support/real-bank.ts';

const questions = normalizedRealBank().questions.map((question) => question.record);
const fragments = readFragments(join('dist', 'pagefind'));
const fragmentOf = (slug: string): Fragment => {
  const fragment = fragments.find((candidate) => candidate.url === `/questions/${slug}/`);
  if (!fragment) throw new Error(`no index record for ${slug}`);
  return fragment;
};
// Smart punctuation and spacing aside, a section title must read as its heading does.
const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

test('one index record per question, and nothing else (home, topic and difficulty pages are lists)', () => {
  expect(fragments.map((fragment) => fragment.url).sort()).toEqual(
    questions.map((question) => `/questions/${question.slug}/`).sort(),
  );
});

describe.each(questions.map((question) => [question.number, question] as const))('Q%i', (_number, question) => {
  const fragment = fragmentOf(question.slug);

  test('meta, filters: title, number, difficulty level and topics', () => {
    expect(fragment.meta).toEqual({ title: question.title, number: String(question.number) });
    expect(fragment.filters).toEqual({ difficulty: [question.difficulty], topic: question.topics });
  });

  test('the text is the title, then the answer, with none of the page chrome', () => {
    // The header's badges, filter and meta values are ignored or attributes, so the answer follows the title directly.
    const opening = question.summary.split(' ').slice(0, 3).join(' ');
    expect(plain(fragment.content).startsWith(plain(`${question.title} ${opening}`))).toBe(true);
    for (const chrome of ['min read', 'On this page', 'Related questions', 'Previous', 'All topics', 'Skip to content']) {
      expect(fragment.content).not.toContain(chrome);
    }
  });

  test('every section is a sub-result titled with its heading alone', () => {
    for (const section of question.sections) {
      const anchor = fragment.anchors.find((candidate) => candidate.id === section.id);
      expect(anchor, section.id).toBeDefined();
      expect(plain(anchor?.text ?? '')).toBe(plain(section.text));
    }
  });
});

test('difficulty filter values are the five level ids', () => {
  const levels = new Set(fragments.flatMap((fragment) => fragment.filters.difficulty ?? []));
  for (const level of levels) expect(DIFFICULTY_LEVELS.map((known) => known.id)).toContain(level);
});

test('answer headings and code blocks carry their search weights', () => {
  const page = readFileSync(join('dist', 'questions', questions[2]?.slug ?? '', 'index.html'), 'utf8');
  expect(page).toMatch(/<h2 (?=[^>]*\bid=")[^>]*data-pagefind-weight="9"/);
  expect(page).toMatch(/<pre [^>]*data-pagefind-weight="0.5"/);
  expect(page).toMatch(/<h1 [^>]*data-pagefind-weight="10"/);
});
