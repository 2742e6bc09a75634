// Build test: a hostile bank added beside the real one runs nothing on the build machine, shows every line as text,
// publishes the images it keeps beside it (and reports the rest at their line), and takes no published URL.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, type FixtureBuild } from '../support/fixture-site.ts';
import { PNG_1X1 } from '../support/images.ts';
import { questionNumber } from '../support/real-bank.ts';

const REAL = 'content/nodejs-interview-questions.md';
const ORIGINAL_Q1 = 'what-is-nodejs-and-what-are-its-key-features';

// The build runs in the site folder, and pages are generated two folders below it (src/content/questions/).
const HOSTILE_BANK = [
  '# A Hostile Bank', // 1
  '',
  '### Q1: What is Node.js and what are its key features?', // 3
  '',
  '**Difficulty: Easy**', // 5
  '',
  "import '../../../evil.mjs';", // 7
  '',
  "export const wrote = (() => { process.getBuiltinModule('node:fs').writeFileSync('export-ran', 'x'); return 1; })();",
  '',
  "{console.log('EXPRESSION' + '-RAN')}", // 11
  '',
  "import TOCInline from '@theme/TOCInline';", // 13
  '',
  '<Quiz answer={42} onPass={() => alert(1)} />', // 15
  '',
  '![the event loop](images/loop.png)', // 17
  '',
  '![a missing diagram](images/missing.png)', // 19
  '',
  '![build badge](https://ci.example.com/badge.png)', // 21
  '',
].join('\n');

let site: FixtureBuild;
const page = (slug: string) => readFileSync(join(site.dist, 'questions', slug, 'index.html'), 'utf8');
/** Text of an HTML fragment: tags dropped, the few entities Astro writes decoded. */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

beforeAll(() => {
  site = buildFixtureSite({
    [REAL]: readFileSync(REAL, 'utf8'),
    'content/overrides.yaml': readFileSync('content/overrides.yaml', 'utf8'),
    'content/permalinks.json': readFileSync('content/permalinks.json', 'utf8'),
    // The new bank's name sorts before the original's, and its Q1 has the original Q1's title.
    'content/a-hostile-bank.md': HOSTILE_BANK,
    'content/images/loop.png': PNG_1X1,
    'evil.mjs': "import { writeFileSync } from 'node:fs';\nwriteFileSync('import-ran', 'x');\n",
  });
}, 600_000);

describe('a hostile bank beside the real one', () => {
  test('builds, and nothing of it ran on the build machine', () => {
    expect(site.status, site.output).toBe(0);
    expect(existsSync(join(site.root, 'import-ran'))).toBe(false);
    expect(existsSync(join(site.root, 'export-ran'))).toBe(false);
    expect(site.output).not.toContain('EXPRESSION-RAN');
  });

  test('its import, export, expression and component lines are text on its page', () => {
    const shown = text(page(`${ORIGINAL_Q1}-2`));
    for (const line of HOSTILE_BANK.split('\n').slice(6, 15).filter(Boolean)) expect(shown).toContain(line);
  });

  test('the published URL of the original Q1 still serves the original answer; the new question gets a new URL', () => {
    const originalSummary = questionNumber(1).record.summary.slice(0, 60);
    expect(text(page(ORIGINAL_Q1))).toContain(originalSummary);
    expect(page(ORIGINAL_Q1)).not.toContain('TOCInline');
    expect(text(page(`${ORIGINAL_Q1}-2`))).toContain('TOCInline');
    expect(text(page(`${ORIGINAL_Q1}-2`))).not.toContain(originalSummary);
    const manifest = JSON.parse(readFileSync(join(site.root, 'content', 'permalinks.json'), 'utf8')) as Array<{
      slug: string;
      bank: string;
    }>;
    expect(manifest.find((entry) => entry.slug === ORIGINAL_Q1)?.bank).toBe('nodejs-interview-questions');
    expect(manifest.find((entry) => entry.slug === `${ORIGINAL_Q1}-2`)?.bank).toBe('a-hostile-bank');
  });

  test('the build names the bank line of what it could not publish, never a generated file', () => {
    expect(site.output).toContain('content/a-hostile-bank.md:3: Q1 "What is Node.js and what are its key features?"');
    expect(site.output).toContain(
      'content/a-hostile-bank.md:19: image images/missing.png not found; the page shows its alt text',
    );
    // Vite's MODULE_LEVEL_DIRECTIVE warning names every generated page whatever the bank says; no other message may.
    const messages = site.output
      .split('\n')
      .filter((line) => /\[(WARN|ERROR)\]/.test(line) && !line.includes('MODULE_LEVEL_DIRECTIVE'));
    expect(messages.filter((line) => /src\/content\/|\.mdx/.test(line))).toEqual([]);
  });

  test('the image beside the bank is published with its alt text; a missing one shows its alt text; a remote one is a link', () => {
    const html = page(`${ORIGINAL_Q1}-2`);
    const src = /<img[^>]*src="([^"]+)"[^>]*alt="the event loop"|<img[^>]*alt="the event loop"[^>]*src="([^"]+)"/.exec(html);
    const url = src?.[1] ?? src?.[2] ?? '';
    expect(url).toMatch(/^\/_astro\/[^/]+\.png$/);
    expect(readFileSync(join(site.dist, url))).toEqual(PNG_1X1);
    expect(text(html)).toContain('a missing diagram');
    expect(html).toMatch(/<a href="https:\/\/ci\.example\.com\/badge\.png"[^>]*>build badge<\/a>/);
  });
});
