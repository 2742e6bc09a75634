// Build test: the same bytes every build. The real bank is built twice, in two fixture copies, the second with the
// first's build cache (highlighted code, social cards), and every file of the two dist/ trees (and the generated
// pages) is compared by sha256; a difference is shown where it starts. The cache is what the second build used, and
// the cold build's log has no warning.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { APP_FILES } from '../../src/lib/app-manifest.ts';
import { buildFixtureSite, copyProject } from '../support/fixture-site.ts';

const FILES = ['content/nodejs-interview-questions.md', 'content/overrides.yaml'];
const BUILD_CACHE = join('.astro', 'cache', 'build');

/** The cache's entries of one kind (`highlight/<key>.json`, `og-card/<key>.png`), each with when it was written. */
const entries = (root: string, kind: string) =>
  readdirSync(join(root, BUILD_CACHE, kind))
    .sort()
    .map((name) => `${name} ${statSync(join(root, BUILD_CACHE, kind, name)).mtimeMs}`);

function digests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .map(
        (path) =>
          [relative(dir, path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex')] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Where two versions of a file part, with some context from each: enough to see why. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const context = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 80).toString('utf8'));
  return `sizes ${a.length} and ${b.length}, first difference at byte ${at}:\n    first:  ${context(a)}\n    second: ${context(b)}`;
}

function compareTrees(first: string, second: string): { count: number; differences: string[] } {
  const a = digests(first);
  const b = digests(second);
  const differences: string[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    if (!a.has(name) || !b.has(name)) differences.push(`${name}: only in the ${a.has(name) ? 'first' : 'second'} build`);
    else if (a.get(name) !== b.get(name))
      differences.push(`${name}: ${firstDifference(readFileSync(join(first, name)), readFileSync(join(second, name)))}`);
  }
  return { count: a.size, differences };
}

test("two builds of the same content, in two places, cold and with the first one's cache, are byte-identical", () => {
  const files = Object.fromEntries(FILES.map((file) => [file, readFileSync(file, 'utf8')]));
  const first = buildFixtureSite(files);
  expect(first.status, first.output).toBe(0);
  // A clean log: a warning on every build of the real bank would teach editors to skip the one that matters.
  expect(first.output.split('\n').filter((line) => /warn|deprecat/i.test(line))).toEqual([]);
  const secondRoot = copyProject();
  cpSync(join(first.root, BUILD_CACHE), join(secondRoot, BUILD_CACHE), { recursive: true });
  const kinds = ['highlight', 'og-card', 'app-icon'];
  const copied = kinds.map((kind) => entries(secondRoot, kind));
  const second = buildFixtureSite(files, {}, secondRoot);
  expect(second.status, second.output).toBe(0);

  // The cold build stored every code block, card and app icon (121, 21 and 3 on the real bank); the warm one wrote
  // none anew.
  const [blocks, cards, icons] = copied.map((list) => list.length);
  expect(blocks).toBeGreaterThan(20);
  expect(cards).toBeGreaterThan(20);
  expect(icons).toBe(APP_FILES.icons.length);
  expect(kinds.map((kind) => entries(secondRoot, kind))).toEqual(copied);

  const dist = compareTrees(first.dist, second.dist);
  console.info(`build twice: ${dist.count} files in dist/, ${dist.differences.length} differ`);
  expect(dist.count).toBeGreaterThan(40);
  expect(dist.differences).toEqual([]);

  const pages = compareTrees(join(first.root, 'src', 'content'), join(second.root, 'src', 'content'));
  expect(pages.count).toBeGreaterThan(20);
  expect(pages.differences).toEqual([]);
}, 600_000);

test('the comparison names a differing file, where it differs, and files only one build has', () => {
  const a = mkdtempSync(join(tmpdir(), 'compare-a-'));
  const b = mkdtempSync(join(tmpdir(), 'compare-b-'));
  for (const [dir, stamp] of [
    [a, '2024'],
    [b, '2025'],
  ] as const) {
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'index.html'), `<p>built ${stamp}</p>`);
    writeFileSync(join(dir, 'same.txt'), 'same');
  }
  writeFileSync(join(b, 'extra.txt'), '');
  const { differences } = compareTrees(a, b);
  expect(differences).toEqual([
    'x/index.html: sizes 17 and 17, first difference at byte 12:\n    first:  "<p>built 2024</p>"\n    second: "<p>built 2025</p>"',
    'extra.txt: only in the second build',
  ]);
});
