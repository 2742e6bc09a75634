// Build test: a question page does not grow with the bank. The site is built from a bank 4 times the real one, and
// every question page's navigation is compared with the real site's: the sidebar shows a bounded window of its topic.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeCorpus, REAL_OVERRIDES, REAL_SOURCE } from '../bench/make-corpus.ts';
import { buildFixtureSite, type FixtureBuild } from '../support/fixture-site.ts';

const SCALE = 4;
/** The sidebar's window (SIDEBAR_SIZE in QuestionLayout.astro). */
const WINDOW = 15;

interface QuestionPage {
  slug: string;
  sidebarLinks: number;
  moreLinks: string[];
  links: number;
}

function questionPages(dist: string): QuestionPage[] {
  const dir = join(dist, 'questions');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ slug: entry.name, html: readFileSync(join(dir, entry.name, 'index.html'), 'utf8') }))
    .filter(({ html }) => html.includes('aria-label="Questions in this topic"'))
    .map(({ slug, html }) => {
      const sidebar = /<nav aria-label="Questions"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
      const list = /<ol[^>]*>([\s\S]*?)<\/ol>/.exec(sidebar)?.[1] ?? '';
      return {
        slug,
        sidebarLinks: (list.match(/<a /g) ?? []).length,
        moreLinks: [...sidebar.matchAll(/<a [^>]*href="([^"]*\/topics\/[^"]*)"[^>]*>(\d+ (?:earlier|more)[^<]*)<\/a>/g)].map(
          ([, href, text]) => `${text} → ${href}`,
        ),
        links: (html.match(/<a /g) ?? []).length,
      };
    });
}

describe(`question pages at ${SCALE}× the bank`, () => {
  let site: FixtureBuild;
  let pages: QuestionPage[];
  const real = questionPages('dist');

  beforeAll(() => {
    const files = {
      [REAL_SOURCE]: makeCorpus(SCALE),
      [REAL_OVERRIDES]: readFileSync(REAL_OVERRIDES, 'utf8'),
    };
    site = buildFixtureSite(files);
    if (site.status !== 0) throw new Error(`the ${SCALE}× build failed:\n${site.output.slice(-3000)}`);
    pages = questionPages(site.dist);
  }, 300_000);
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  test('the real site (npm run build) has every topic whole in the sidebar', () => {
    expect(real).toHaveLength(20);
    expect(real.every((page) => page.sidebarLinks <= WINDOW && page.moreLinks.length === 0)).toBe(true);
  });

  test(`every page lists at most ${WINDOW} questions of its topic, and links to the rest`, () => {
    expect(pages).toHaveLength(20 * SCALE);
    expect(Math.max(...pages.map((page) => page.sidebarLinks))).toBe(WINDOW);
    const windowed = pages.filter((page) => page.moreLinks.length > 0);
    expect(windowed.length).toBeGreaterThan(0);
    for (const page of windowed) expect(page.moreLinks.join('\n')).toMatch(/ → \/topics\/[a-z-]+\/$/m);
  });

  test('no page has more links than the real site’s busiest, beyond the filled-up sidebar window and its two links', () => {
    const realMost = Math.max(...real.map((page) => page.links - page.sidebarLinks));
    const most = Math.max(...pages.map((page) => page.links - page.sidebarLinks - page.moreLinks.length));
    expect(most).toBeLessThanOrEqual(realMost);
  });
});
