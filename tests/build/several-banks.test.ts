// Build test: two banks in one site. The home page lists them, each has its own page, question pages name their
// bank and stay inside it, the indexes group by bank, a bank without difficulty shows none, search can filter by bank.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, type FixtureBuild } from '../support/fixture-site.ts';
import { readHead } from '../support/head.ts';
import { checkLinks } from '../support/link-check.ts';
import { readFragments } from '../support/pagefind-files.ts';
import { SEVERAL_BANKS, SQL, WEB } from '../support/several-banks.ts';

let site: FixtureBuild;
const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
const question = (slug: string) => html(`questions/${slug}`);
/** The page's visible words: tags dropped, whitespace collapsed. */
const words = (page: string) =>
  page
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
/** The text of the element opened by the first match of `start`, up to the next `end`. */
const between = (page: string, start: string, end: string) => {
  const from = page.indexOf(start);
  expect(from, `${start} on the page`).toBeGreaterThan(-1);
  return page.slice(from, page.indexOf(end, from));
};
const breadcrumbs = (page: string) => words(`<${between(page, 'aria-label="Breadcrumbs"', '</nav>')}`).trim();

// The second bank's Q3 repeats the first bank's Q1 title; one of them gets the `-2` URL.
const WEB_Q1 = 'what-does-the-status-code-404-mean-2';
const WEB_Q2 = 'how-does-an-http-cache-decide-a-response-is-stale';
const WEB_Q3 = 'what-happens-between-typing-a-url-and-the-first-paint';
const SQL_Q1 = 'what-does-a-join-do';
const SQL_Q3 = 'what-does-the-status-code-404-mean';

beforeAll(() => {
  site = buildFixtureSite(SEVERAL_BANKS);
}, 600_000);

afterAll(() => rmSync(site.root, { recursive: true, force: true }));

test('the two-bank site builds', () => {
  expect(site.status, site.output).toBe(0);
});

describe('the home page', () => {
  test('lists both banks, each linking to its page, with its question count', () => {
    const home = html('');
    for (const bank of [WEB, SQL]) {
      const card = between(home, `data-bank="${bank.id}"`, '</li>');
      expect(card).toContain(`href="/banks/${bank.id}/"`);
      expect(words(card)).toContain(bank.title);
      expect(words(between(card, 'data-bank-count', '</span>'))).toContain('3 questions');
    }
  });

  test('shows the difficulty mix of a bank that rates difficulty, and none for one that does not', () => {
    const home = html('');
    const web = between(home, `data-bank="${WEB.id}"`, '</li>');
    expect([...web.matchAll(/data-bank-level="([a-z]+)"/g)].map((match) => match[1])).toEqual(['easy', 'medium', 'hard']);
    expect(between(home, `data-bank="${SQL.id}"`, '</li>')).not.toContain('data-bank-level');
  });

  test('still sends the source document anchors of either bank to their questions', () => {
    expect(html('')).toContain(`"q3-what-happens-between-typing-a-url-and-the-first-paint":"/questions/${WEB_Q3}/"`);
    expect(html('')).toContain(`"q1-what-does-a-join-do":"/questions/${SQL_Q1}/"`);
  });
});

describe('a bank page', () => {
  test('shows the bank title, its intro, its filters and only its questions', () => {
    const page = html(`banks/${WEB.id}`);
    expect(readHead(page).title).toBe(WEB.title);
    expect(words(page)).toContain('A small bank about how the web works');
    expect(page).toContain('data-filters');
    const listed = [...between(page, 'data-home-list', '</main>').matchAll(/data-slug="([^"]+)"/g)].map((match) => match[1]);
    // Listed by topic, in the bank's topic order.
    expect(listed.sort()).toEqual([WEB_Q1, WEB_Q2, WEB_Q3].sort());
  });

  test('a bank without difficulty has no difficulty filter and no Unrated badges', () => {
    const page = html(`banks/${SQL.id}`);
    expect(page).toContain('name="topic"');
    expect(between(page, 'data-filters', '</form>')).not.toContain('name="difficulty"');
    expect(words(`<${between(page, 'data-home-list', '</main>')}`)).not.toContain('Unrated');
  });
});

describe('question pages', () => {
  test('name their bank in the title and the breadcrumbs', () => {
    expect(readHead(question(WEB_Q2)).title).toBe(`Q2: How does an HTTP cache decide a response is stale? · ${WEB.title}`);
    expect(breadcrumbs(question(WEB_Q2))).toBe(`Home / ${WEB.title} / HTTP / Q2`);
    expect(between(question(WEB_Q2), 'aria-label="Breadcrumbs"', '</nav>')).toContain(`href="/banks/${WEB.id}/"`);
    expect(breadcrumbs(question(SQL_Q3))).toBe(`Home / ${SQL.title} / Errors / Q3`);
  });

  test('previous and next stay inside the bank', () => {
    const rel = (slug: string, name: string) => readHead(question(slug)).links.get(name);
    // The banks sort sql-basics, web-basics: without the bank boundary SQL's Q3 and Web's Q1 would be neighbours.
    expect(rel(SQL_Q3, 'prev')).toBe('../what-does-an-index-speed-up/');
    expect(rel(SQL_Q3, 'next')).toBeUndefined();
    expect(rel(WEB_Q1, 'prev')).toBeUndefined();
    expect(rel(WEB_Q1, 'next')).toBe(`../${WEB_Q2}/`);
  });

  test('a question of a bank without difficulty shows no difficulty badge; one of a rated bank does', () => {
    const header = (slug: string) => between(question(slug), '<article', '</header>');
    expect(header(SQL_Q1)).not.toContain('data-difficulty=');
    expect(header(WEB_Q1)).toContain('data-difficulty="easy"');
  });

  test('related questions and the sidebar list only questions of the same bank', () => {
    for (const [slug, own] of [
      [SQL_Q3, SQL],
      [WEB_Q1, WEB],
    ] as const) {
      const page = question(slug);
      const linked = [...page.matchAll(/href="\/questions\/([^/"]+)\//g)].map((match) => match[1] ?? '');
      const otherBank = own === SQL ? [WEB_Q1, WEB_Q2, WEB_Q3] : [SQL_Q1, SQL_Q3];
      expect(linked.filter((target) => otherBank.includes(target))).toEqual([]);
    }
  });
});

describe('indexes', () => {
  test('a topic page and the topic index group their questions under each bank', () => {
    // Topics in bank order (sql-basics first), each under its one bank.
    expect([...html('topics').matchAll(/data-bank-group="([^"]+)"/g)].map((match) => match[1])).toEqual([
      SQL.id,
      SQL.id,
      WEB.id,
      WEB.id,
    ]);
    expect(html('topics/http')).toContain(`data-bank-group="${WEB.id}"`);
  });

  test('the difficulty index lists only the bank that rates difficulty, and no Unrated level for the other', () => {
    const index = html('difficulty');
    expect(index).toContain(`data-bank-group="${WEB.id}"`);
    expect(index).not.toContain(`data-bank-group="${SQL.id}"`);
    expect(index).not.toContain('id="level-unrated"');
    expect(existsSync(join(site.dist, 'difficulty', 'unrated'))).toBe(false);
  });
});

describe('search', () => {
  test('every question is indexed with a bank filter naming its bank', () => {
    const banks = Object.fromEntries(readFragments(join(site.dist, 'pagefind')).map((page) => [page.url, page.filters.bank]));
    expect(banks).toEqual({
      [`/questions/${WEB_Q1}/`]: [WEB.id],
      [`/questions/${WEB_Q2}/`]: [WEB.id],
      [`/questions/${WEB_Q3}/`]: [WEB.id],
      [`/questions/${SQL_Q1}/`]: [SQL.id],
      '/questions/what-does-an-index-speed-up/': [SQL.id],
      [`/questions/${SQL_Q3}/`]: [SQL.id],
    });
  });

  test('the search panel offers the banks as a filter, and its topics under their bank', () => {
    const select = between(html(''), 'name="bank"', '</select>');
    for (const bank of [WEB, SQL]) expect(select).toContain(`value="${bank.id}" data-name="${bank.title}"`);
    const topics = between(between(html(''), 'data-search-filters', '</form>'), 'name="topic"', '</select>');
    expect(between(topics, `label="${WEB.title}"`, '</optgroup>')).toContain('value="http" data-name="HTTP"');
  });
});

describe('practice', () => {
  test('the start form offers each bank, its topics under their bank, and no Unrated level for the bank without', () => {
    const form = between(html('practice'), 'data-start', '</form>');
    for (const bank of [WEB, SQL]) expect(between(form, 'name="bank"', '</select>')).toContain(`value="${bank.id}"`);
    expect(between(form, `label="${SQL.title}"`, '</optgroup>')).toContain('value="queries"');
    const levels = [...form.matchAll(/name="difficulty" value="([a-z]+)"/g)].map((match) => match[1]);
    expect(levels).toEqual(['easy', 'medium', 'hard']);
  });
});

test('under a base path every link of the two-bank site resolves, bank pages and breadcrumbs included', () => {
  const location = { site: 'https://example.org', base: '/interview/' };
  const sub = buildFixtureSite(SEVERAL_BANKS, { BASE_PATH: location.base, SITE_URL: location.site });
  try {
    expect(sub.status, sub.output).toBe(0);
    const report = checkLinks(sub.dist, location);
    expect(report.internal.filter((reference) => reference.value.startsWith('/interview/banks/')).length).toBeGreaterThan(0);
    expect(report.broken.map((entry) => `${entry.from}: ${entry.where} ${entry.value} → ${entry.reason}`)).toEqual([]);
  } finally {
    rmSync(sub.root, { recursive: true, force: true });
  }
}, 600_000);
