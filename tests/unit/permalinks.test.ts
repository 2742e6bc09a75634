// Unit tests for the manifest of published URLs: kept, moved with a redirect, lost without one, bad redirects, bad manifests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOverrides } from '../../src/normalize/overrides.ts';
import { checkPermalinks, formatManifest, type Permalink, parseManifest, readManifest } from '../../src/normalize/permalinks.ts';
import { NormalizeError } from '../../src/normalize/report.ts';

const work = mkdtempSync(join(tmpdir(), 'permalinks-'));
const MANIFEST = 'content/permalinks.json';

/** Overrides read from a real file, so redirect errors can name its lines. */
function overridesFrom(yaml: string) {
  const file = join(work, `overrides-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  return loadOverrides(file);
}

const BANK = 'node-basics';
const entry = (slug: string, title: string, movedTo?: string): Permalink =>
  movedTo === undefined
    ? { url: `/questions/${slug}/`, slug, bank: BANK, title }
    : { url: `/questions/${slug}/`, slug, bank: BANK, title, movedTo: `/questions/${movedTo}/` };

/** A manifest as the build writes it, parsed back with its lines. */
const published = (...entries: Permalink[]) => parseManifest(formatManifest(entries), MANIFEST);

const STREAMS = { slug: 'what-are-streams', title: 'What are streams?', bank: BANK };
const LOOP = { slug: 'what-is-the-event-loop', title: 'What is the event loop?', bank: BANK };

describe('checkPermalinks', () => {
  test('a published URL that is still a question is kept, with its current title', () => {
    const result = checkPermalinks(published(entry(STREAMS.slug, 'Old title')), [STREAMS], overridesFrom(''), MANIFEST);
    expect(result).toEqual({ manifest: [entry(STREAMS.slug, STREAMS.title)], errors: [] });
  });

  test('a new question is added; nothing published yet is fine', () => {
    const result = checkPermalinks([], [STREAMS, LOOP], overridesFrom(''), MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.manifest).toEqual([entry(STREAMS.slug, STREAMS.title), entry(LOOP.slug, LOOP.title)]);
  });

  test('a removed URL without a redirect is an error at its manifest line, naming the overrides file', () => {
    const overrides = overridesFrom('redirects: {}\n');
    const result = checkPermalinks(
      published(entry(STREAMS.slug, STREAMS.title), entry('x-gone', 'X?')),
      [STREAMS],
      overrides,
      MANIFEST,
    );
    expect(result.manifest).toEqual([]);
    expect(result.errors).toEqual([
      {
        file: MANIFEST,
        pass: 'permalinks',
        severity: 'error',
        // The second entry's "url" line: `[`, then six lines per entry.
        line: 9,
        message: `published URL /questions/x-gone/ would disappear; add a redirect under redirects in ${overrides.file}`,
      },
    ]);
  });

  test('a removed URL with a redirect becomes a redirect entry that keeps its old title', () => {
    const overrides = overridesFrom('redirects:\n  streams: what-are-streams\n');
    const result = checkPermalinks(published(entry('streams', 'Streams?')), [STREAMS], overrides, MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.manifest).toEqual([entry(STREAMS.slug, STREAMS.title), entry('streams', 'Streams?', STREAMS.slug)]);
  });

  test('a redirect entry stays published: dropping its redirect later is an error', () => {
    const moved = published(entry(STREAMS.slug, STREAMS.title), entry('streams', 'Streams?', STREAMS.slug));
    const result = checkPermalinks(moved, [STREAMS], overridesFrom(''), MANIFEST);
    expect(result.errors.map((error) => error.message)).toEqual([expect.stringContaining('/questions/streams/ would disappear')]);
  });

  test('a chain of redirects lands on the question at its end', () => {
    const overrides = overridesFrom(`redirects:\n  a: b\n  b: ${STREAMS.slug}\n`);
    const result = checkPermalinks(published(entry('a', 'A?'), entry('b', 'B?')), [STREAMS], overrides, MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.manifest.filter((permalink) => permalink.movedTo)).toEqual([
      entry('a', 'A?', STREAMS.slug),
      entry('b', 'B?', STREAMS.slug),
    ]);
  });

  test.each([
    [
      'a slug that does not exist',
      'redirects:\n  streams: no-such-question\n',
      2,
      'redirects.streams: redirects to "no-such-question"',
    ],
    ['a loop', '# moved\nredirects:\n  a: b\n  b: a\n', 3, 'redirects.a: the redirects go round in a loop: a → b → a'],
    [
      'an old slug that is a question',
      `redirects:\n  ${STREAMS.slug}: ${LOOP.slug}\n`,
      2,
      `redirects.${STREAMS.slug}: /questions/`,
    ],
  ])('a redirect to %s is an error at its line in the overrides file', (_, yaml, line, message) => {
    const overrides = overridesFrom(yaml);
    const result = checkPermalinks([], [STREAMS, LOOP], overrides, MANIFEST);
    expect(result.manifest).toEqual([]);
    expect(result.errors[0]).toMatchObject({ file: overrides.file, line, message: expect.stringContaining(message) });
  });
});

describe('the manifest file', () => {
  test('is sorted by URL, two-space JSON with a final newline, whatever the input order', () => {
    const text = formatManifest([entry('b', 'B?'), entry('a', 'A?', 'b')]);
    expect(text).toBe(formatManifest([entry('a', 'A?', 'b'), entry('b', 'B?')]));
    expect(text).toBe(
      '[\n  {\n    "url": "/questions/a/",\n    "slug": "a",\n    "bank": "node-basics",\n    "title": "A?",\n    "movedTo": "/questions/b/"\n  },\n' +
        '  {\n    "url": "/questions/b/",\n    "slug": "b",\n    "bank": "node-basics",\n    "title": "B?"\n  }\n]\n',
    );
  });

  test('a manifest written before URLs recorded their bank still reads, with no bank', () => {
    const text = '[\n  {\n    "url": "/questions/a/",\n    "slug": "a",\n    "title": "A?"\n  }\n]\n';
    expect(parseManifest(text, MANIFEST)).toEqual([{ url: '/questions/a/', slug: 'a', title: 'A?', line: 3 }]);
  });

  test('a missing manifest is an empty one', () => {
    expect(readManifest(join(work, 'nope.json'))).toEqual([]);
  });

  test.each([
    ['broken JSON', '[\n  {\n    "url": "/questions/a/",\n    "slug": "a"\n    "title": "A"\n  }\n]\n', 5],
    [
      'a url that does not match its slug',
      '[\n  {\n    "url": "/questions/b/",\n    "slug": "a",\n    "title": "A"\n  }\n]\n',
      3,
    ],
    ['not an array', '{\n  "url": "/questions/a/"\n}\n', 1],
  ])('%s is one error at its line', (_, text, line) => {
    expect(() => parseManifest(text, MANIFEST)).toThrow(NormalizeError);
    try {
      parseManifest(text, MANIFEST);
    } catch (error) {
      expect((error as NormalizeError).format()).toMatch(new RegExp(`^${MANIFEST}:${line}: `));
    }
  });
});
