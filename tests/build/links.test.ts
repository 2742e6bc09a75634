// Build test: no broken link. Every internal href, src, srcset, CSS url() and #fragment of dist/ resolves, at the root
// and under a base path; external links are listed, never fetched.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { builtLocation, checkLinks, type LinkReport } from '../support/link-check.ts';

const BANK = 'content/nodejs-interview-questions.md';
const OVERRIDES = 'content/overrides.yaml';

function summary(report: LinkReport, label: string): string {
  const unique = new Set(report.internal.map((reference) => `${reference.from} ${reference.value}`)).size;
  const external = [...new Set(report.external.map((reference) => reference.value))].sort();
  return [
    `${label}: ${report.internal.length} internal references (${unique} distinct) in ${report.files} pages and stylesheets;`,
    `${external.length} external, not fetched${external.length ? `:\n  ${external.join('\n  ')}` : ''}`,
  ].join(' ');
}

const broken = (report: LinkReport) =>
  report.broken.map((entry) => `${entry.from}: ${entry.where} ${entry.value} → ${entry.reason}`);

describe('links in dist/ (as npm run build left it)', () => {
  const report = checkLinks('dist', builtLocation());

  test('every internal reference resolves to a file, and every fragment to an id', () => {
    console.info(summary(report, 'dist/'));
    expect(report.internal.length).toBeGreaterThan(100);
    expect(broken(report)).toEqual([]);
  });

  test('the crawl covers every page, #fragment links included', () => {
    const pages = new Set(
      report.internal.filter((reference) => reference.from.endsWith('.html')).map((reference) => reference.from),
    );
    const html = readdirSync('dist', { recursive: true }).filter((name) => String(name).endsWith('.html'));
    expect(pages.size).toBe(html.length);
    expect(report.internal.some((reference) => /#./.test(reference.value))).toBe(true);
  });
});

test('links under a base path: the same site built with BASE_PATH=/interview/ has no broken link', () => {
  const site = buildFixtureSite(
    { [BANK]: readFileSync(BANK, 'utf8'), [OVERRIDES]: readFileSync(OVERRIDES, 'utf8') },
    // BASE_URL as a host's environment may have it: it must not override BASE_PATH.
    { BASE_PATH: '/interview/', SITE_URL: 'https://example.org', BASE_URL: '/' },
  );
  expect(site.status, site.output).toBe(0);
  const report = checkLinks(site.dist, { site: 'https://example.org', base: '/interview/' });
  console.info(summary(report, 'BASE_PATH=/interview/'));
  expect(report.internal.length).toBeGreaterThan(100);
  expect(broken(report)).toEqual([]);
}, 300_000);

describe('the checker itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'link-check-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('index.html', '<h2 id="top">x</h2><a href="a/">a</a><a href="#top">t</a><a href="https://nodejs.org">n</a>');
  write(
    'a/index.html',
    [
      '<a href="../#top">ok</a><a href="/b/#nowhere">bad id</a><a href="../missing/">missing</a>',
      '<img src="/x.png" srcset="/x.png 1x, /y.png 2x"><link rel="stylesheet" href="/s.css">',
      '<a href="/elsewhere/">outside base</a><a href="mailto:a@b.c">m</a><a href="javascript:alert(1)">js</a>',
      '<script>const a = "<a href=\\"/not-markup/\\">";</script><!-- <a href="/commented/"> -->',
    ].join(''),
  );
  write('b/index.html', '<p id="here">b</p>');
  write('x.png', '');
  write('s.css', 'a { background: url("/z.png") } b { background: url(data:image/png;base64,AA==) }');

  test('finds each kind of broken reference, and nothing in scripts or comments', () => {
    const report = checkLinks(dir, { site: 'http://localhost:4321', base: '/' });
    expect(broken(report).sort()).toEqual(
      [
        'a/index.html: a[href] /b/#nowhere → no id "nowhere" in b/index.html',
        'a/index.html: a[href] ../missing/ → no file for /missing/',
        'a/index.html: img[srcset] /y.png → no file for /y.png',
        'a/index.html: a[href] /elsewhere/ → no file for /elsewhere/',
        'a/index.html: a[href] javascript:alert(1) → unsafe scheme javascript:',
        's.css: css url() /z.png → no file for /z.png',
      ].sort(),
    );
    expect(report.external.map((reference) => reference.value).sort()).toEqual(['https://nodejs.org', 'mailto:a@b.c']);
  });

  test('under a base path, a root-absolute link that leaves it out is broken', () => {
    const report = checkLinks(dir, { site: 'http://localhost:4321', base: '/sub/' });
    expect(broken(report)).toContain('a/index.html: a[href] /b/#nowhere → outside the base path /sub/');
    expect(broken(report).filter((line) => line.startsWith('index.html'))).toEqual([]);
  });
});
