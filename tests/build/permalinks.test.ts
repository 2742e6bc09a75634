// Build test on fixture sites: a renamed question fails the build until a redirect is declared, the redirect is a
// static page, a redirect to no question fails, and renumbering the bank keeps every URL.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixtureSite, type FixtureBuild } from '../support/fixture-site.ts';
import { readHead } from '../support/head.ts';

const QUESTIONS = [
  ['What is the event loop?', 'Easy'],
  ['How do streams handle backpressure?', 'Medium'],
  ['How do you scale a Node.js server?', 'Hard'],
] as const;
// Served under a sub-path, so redirect pages are checked to follow BASE_PATH; the manifest's URLs never include it.
const ENV = { SITE_URL: 'https://example.org', BASE_PATH: '/sub/' };
const RENAMED = 'How do readable streams handle backpressure?';
const OLD = 'how-do-streams-handle-backpressure';
const NEW = 'how-do-readable-streams-handle-backpressure';

/** A bank of the given `[title, difficulty]` questions, numbered in order. */
function bank(questions: ReadonlyArray<readonly [string, string]>): string {
  const body = questions.map(
    ([title, level], index) => `### Q${index + 1}: ${title}\n**Difficulty: ${level}**\n\n${title} Answer.\n`,
  );
  return ['# Fixture Bank', '', '## Basics', '', ...body].join('\n');
}

const read = (build: FixtureBuild, path: string) => readFileSync(join(build.root, path), 'utf8');
const publishedUrls = (build: FixtureBuild) =>
  (JSON.parse(read(build, 'content/permalinks.json')) as Array<{ url: string; movedTo?: string }>).map((entry) => entry.url);

/** The lines of the build's output that name a file and line: the errors an editor acts on. */
const errorLines = (build: FixtureBuild) => build.output.split('\n').filter((line) => /[^\s:]+:\d+: /.test(line));

describe('a renamed question', () => {
  // One fixture through four builds: publish, rename, redirect to nowhere, redirect properly.
  let site: FixtureBuild;

  test('first build: publishes every question URL in content/permalinks.json, sorted', () => {
    site = buildFixtureSite({ 'content/bank.md': bank(QUESTIONS) }, ENV);
    expect(site.status, site.output).toBe(0);
    const urls = publishedUrls(site);
    expect(urls).toHaveLength(3);
    expect(urls).toEqual([...urls].sort());
    expect(urls).toContain(`/questions/${OLD}/`);
  });

  test('without a redirect the build fails with one line naming the manifest line, and writes nothing', () => {
    const manifest = read(site, 'content/permalinks.json');
    const page = read(site, `dist/questions/${OLD}/index.html`);
    const line = manifest.split('\n').findIndex((text) => text.includes(`"url": "/questions/${OLD}/"`)) + 1;
    const build = buildFixtureSite(
      { 'content/bank.md': bank([QUESTIONS[0], [RENAMED, 'Medium'], QUESTIONS[2]]) },
      ENV,
      site.root,
    );
    expect(build.status).not.toBe(0);
    expect(errorLines(build)).toEqual([
      expect.stringContaining(
        `content/permalinks.json:${line}: published URL /questions/${OLD}/ would disappear; add a redirect under redirects in content/overrides.yaml`,
      ),
    ]);
    expect(build.output).not.toMatch(/\n\s+at /);
    expect(read(site, 'content/permalinks.json')).toBe(manifest);
    expect(read(site, `dist/questions/${OLD}/index.html`)).toBe(page);
  });

  test('a redirect to a slug that does not exist fails the build at its line in the overrides file', () => {
    const build = buildFixtureSite(
      { 'content/overrides.yaml': `# moved\nredirects:\n  ${OLD}: no-such-question\n` },
      ENV,
      site.root,
    );
    expect(build.status).not.toBe(0);
    expect(errorLines(build)).toEqual([
      expect.stringContaining(
        `content/overrides.yaml:3: redirects.${OLD}: redirects to "no-such-question", which is not the slug`,
      ),
    ]);
  });

  test('with the redirect the build passes: the old URL is a static redirect page, kept out of the sitemap', () => {
    const build = buildFixtureSite({ 'content/overrides.yaml': `redirects:\n  ${OLD}: ${NEW}\n` }, ENV, site.root);
    expect(build.status, build.output).toBe(0);
    const target = `/sub/questions/${NEW}/`;
    const html = read(build, `dist/questions/${OLD}/index.html`);
    const { meta, links } = readHead(html);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    expect(links.get('canonical')).toBe(`https://example.org${target}`);
    expect(meta.get('robots')).toBe('noindex');
    expect(html).toContain(`<a href="${target}">${RENAMED}</a>`);
    expect(existsSync(join(build.dist, 'questions', NEW, 'index.html'))).toBe(true);
    expect(JSON.parse(read(build, 'content/permalinks.json'))).toContainEqual({
      url: `/questions/${OLD}/`,
      slug: OLD,
      bank: 'bank',
      title: QUESTIONS[1][0],
      movedTo: `/questions/${NEW}/`,
    });
    const sitemap = read(build, 'dist/sitemap-0.xml');
    expect(sitemap).toContain(`<loc>https://example.org${target}</loc>`);
    expect(sitemap).not.toContain(`/questions/${OLD}/`);
  });
});

describe('a renumbered bank', () => {
  test('a question inserted first shifts every number and keeps every published URL', () => {
    const first = buildFixtureSite({ 'content/bank.md': bank(QUESTIONS) }, ENV);
    expect(first.status, first.output).toBe(0);
    const before = publishedUrls(first);
    const renumbered = buildFixtureSite(
      { 'content/bank.md': bank([['What is a buffer?', 'Easy'], ...QUESTIONS]) },
      ENV,
      first.root,
    );
    expect(renumbered.status, renumbered.output).toBe(0);
    const after = publishedUrls(renumbered);
    expect(after).toEqual([...before, '/questions/what-is-a-buffer/'].sort());
    for (const url of after) {
      const page = read(renumbered, join('dist', url, 'index.html'));
      expect(page, url).not.toContain('http-equiv="refresh"');
    }
    expect(read(renumbered, 'dist/questions/what-is-the-event-loop/index.html')).toContain('Q2');
  });
});
