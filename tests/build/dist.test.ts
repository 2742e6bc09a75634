// Build test: what `npm run build` left in dist/ — one page per question, the index, search files, no mojibake.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { redirectsIn } from '../../src/lib/redirects.ts';
import { findMojibake } from '../../src/normalize/repair-encoding.ts';
import { normalizedRealBank } from '../support/real-bank.ts';

const DIST = 'dist';
const html = (path: string) => readFileSync(join(DIST, path), 'utf8');
const questions = normalizedRealBank().questions.map((question) => question.record);

describe('dist/ after npm run build', () => {
  test('the build ran: dist/index.html exists (run `npm run build` first)', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  });

  test('one page per question at /questions/<slug>/, and nothing else under /questions/ but redirect pages', () => {
    const built = readdirSync(join(DIST, 'questions')).sort();
    const moved = redirectsIn(JSON.parse(readFileSync('content/permalinks.json', 'utf8'))).map(({ from }) => from);
    expect(built).toEqual([...questions.map((question) => question.slug), ...moved].sort());
  });

  test.each(questions.map((question) => [question.number, question.slug, question.title] as const))(
    'Q%i %s: title in <h1>, Shiki-highlighted code, answer marked for the search index',
    (_number, slug, title) => {
      const page = html(join('questions', slug, 'index.html'));
      expect(page).toContain(`>${title.replaceAll('&', '&amp;')}</h1>`);
      expect(page).toMatch(/<pre class="astro-code/);
      expect(page).toContain('data-pagefind-body');
    },
  );

  test('the home page links every question', () => {
    const home = html('index.html');
    for (const question of questions) expect(home).toContain(`/questions/${question.slug}/`);
  });

  test('Pagefind wrote its bundle and a 404 page exists', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
  });

  test('no page holds mojibake', () => {
    const pages = [html('index.html'), ...questions.map((question) => html(join('questions', question.slug, 'index.html')))];
    for (const page of pages) expect(findMojibake(page)).toEqual([]);
  });
});

describe('section anchors', () => {
  test.each(questions.map((question) => [question.number, question] as const))(
    'Q%i: every section id in the record is an element id on the page',
    (_number, question) => {
      const page = html(join('questions', question.slug, 'index.html'));
      for (const section of question.sections) expect(page).toContain(`id="${section.id}"`);
    },
  );
});
