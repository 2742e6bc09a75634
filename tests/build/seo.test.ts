// Build test: link previews on every page of dist/ (title, description, canonical, OpenGraph, Twitter), the social
// images they name, the old-anchor map of the home page, robots.txt and the sitemap.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalizeBase } from '../support/base-path.ts';
import { readHead } from '../support/head.ts';
import { pngSize } from '../support/png.ts';
import { normalizedRealBank } from '../support/real-bank.ts';

const DIST = 'dist';
// The same settings the build read (see astro.config.mjs).
const SITE = new URL(normalizeBase(process.env.BASE_PATH), process.env.SITE_URL ?? 'http://localhost:4321');
const questions = normalizedRealBank().questions.map((question) => question.record);

/** Every HTML page of dist/ except Pagefind's, as a path relative to dist/. */
function pages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : pages(path);
    return entry.name.endsWith('.html') ? [relative(DIST, path)] : [];
  });
}

/** The dist/ file an absolute URL of the site names. */
function distFile(url: string): string {
  return join(DIST, decodeURI(new URL(url).pathname.slice(SITE.pathname.length)));
}

const REQUIRED = [
  'description',
  'og:type',
  'og:site_name',
  'og:title',
  'og:description',
  'og:url',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
  'twitter:image:alt',
];

describe('link previews', () => {
  test('dist/ has every question page and the other pages', () => {
    expect(pages().length).toBeGreaterThan(questions.length);
  });

  // The 404 page answers at every missing URL, so it has no address of its own to declare.
  test('404.html: no canonical or og:url, kept out of search, every other preview tag', () => {
    const { title, meta, links } = readHead(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect(title?.trim()).toBeTruthy();
    expect([links.get('canonical'), meta.get('og:url'), meta.get('robots')]).toEqual([undefined, undefined, 'noindex']);
    for (const key of REQUIRED.filter((name) => name !== 'og:url')) expect(meta.get(key)?.trim(), key).toBeTruthy();
  });

  test.each(pages().filter((page) => page !== '404.html'))(
    '%s: title, description, absolute canonical, og:* and twitter:* tags',
    (page) => {
      const { title, meta, links } = readHead(readFileSync(join(DIST, page), 'utf8'));
      expect(title?.trim()).toBeTruthy();
      for (const key of REQUIRED) expect(meta.get(key)?.trim(), key).toBeTruthy();
      const canonical = links.get('canonical') ?? '';
      expect(canonical.startsWith(SITE.href), `canonical ${canonical} is under ${SITE.href}`).toBe(true);
      expect(meta.get('og:url')).toBe(canonical);
      expect(meta.get('og:image')?.startsWith(SITE.href)).toBe(true);
      expect([meta.get('og:image:width'), meta.get('og:image:height')]).toEqual(['1200', '630']);
      expect(meta.get('twitter:card')).toBe('summary_large_image');
      expect(meta.get('twitter:image')).toBe(meta.get('og:image'));
      const image = distFile(meta.get('og:image') ?? '');
      expect(existsSync(image), `${image} exists`).toBe(true);
    },
  );

  test.each(questions.map((question) => [question.slug, question] as const))(
    '%s: its summary, its own canonical URL, and og/<slug>.png as a 1200×630 PNG',
    (slug, question) => {
      const { meta, links } = readHead(readFileSync(join(DIST, 'questions', slug, 'index.html'), 'utf8'));
      expect(meta.get('description')).toBe(question.summary);
      expect(meta.get('og:type')).toBe('article');
      expect(links.get('canonical')).toBe(new URL(`questions/${slug}/`, SITE).href);
      expect(meta.get('og:image')).toBe(new URL(`og/${slug}.png`, SITE).href);
      expect(meta.get('og:image:alt')).toContain(question.title);
      expect(pngSize(readFileSync(join(DIST, 'og', `${slug}.png`)))).toEqual({ width: 1200, height: 630 });
    },
  );

  test('the default image is a 1200×630 PNG', () => {
    expect(pngSize(readFileSync(join(DIST, 'og.png')))).toEqual({ width: 1200, height: 630 });
  });
});

describe('old anchors on the home page', () => {
  test('the embedded map sends every alias of every question to its page', () => {
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    const json = /<script type="application\/json" id="legacy-anchors">([^<]*)<\/script>/.exec(home)?.[1];
    const map = JSON.parse(json ?? '{}') as Record<string, string>;
    const expected = questions.flatMap((question) => question.aliases.map((alias) => [alias, question.slug] as const));
    expect(expected.length).toBeGreaterThanOrEqual(questions.length);
    for (const [alias, slug] of expected) expect(map[alias], alias).toBe(`${SITE.pathname}questions/${slug}/`);
  });
});

describe('robots.txt and the sitemap', () => {
  test('robots.txt names the sitemap by its absolute URL', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', SITE).href}\n`);
  });

  test('the sitemap lists every question page and the home page, not the 404 page', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${new URL('sitemap-0.xml', SITE).href}</loc>`);
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${SITE.href}</loc>`);
    for (const { slug } of questions) expect(sitemap).toContain(`<loc>${new URL(`questions/${slug}/`, SITE).href}</loc>`);
    expect(sitemap).not.toContain('404');
  });
});
