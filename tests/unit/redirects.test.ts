// Unit tests for where old links go: redirect entries of the manifest, the sitemap filter, old anchors of the source.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineJson } from '../../src/lib/inline-json.ts';
import { anchorTargets, notARedirect, redirectsIn } from '../../src/lib/redirects.ts';

const manifest = [
  { url: '/questions/new/', slug: 'new', title: 'New?' },
  { url: '/questions/old/', slug: 'old', title: 'Old?', movedTo: '/questions/new/' },
];

describe('redirectsIn', () => {
  test('only moved entries, as old slug → new slug', () => {
    expect(redirectsIn(manifest)).toEqual([{ from: 'old', to: 'new' }]);
  });

  test.each([[null], [{}], [[{ slug: 'old', movedTo: 'not a url' }]]])('nothing from %o', (value) => {
    expect(redirectsIn(value)).toEqual([]);
  });
});

describe('notARedirect', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'redirects-')), 'permalinks.json');
  writeFileSync(file, JSON.stringify(manifest));
  const keep = notARedirect(file);

  test.each([
    ['https://example.org/sub/questions/new/', true],
    ['https://example.org/sub/', true],
    ['https://example.org/sub/questions/old/', false],
    ['https://example.org/questions/old/', false],
  ])('%s is in the sitemap: %s', (page, kept) => {
    expect(keep(page)).toBe(kept);
  });
});

describe('anchorTargets', () => {
  test('every alias → its question page, sorted; a shared alias stays with the first question', () => {
    const targets = anchorTargets([
      { slug: 'what-are-streams', aliases: ['q4-what-are-streams', 'streams'] },
      { slug: 'streams-again', aliases: ['streams', 'q9-streams-again'] },
    ]);
    expect(targets).toEqual({
      'q4-what-are-streams': '/questions/what-are-streams/',
      'q9-streams-again': '/questions/streams-again/',
      streams: '/questions/what-are-streams/',
    });
    expect(Object.keys(targets)).toEqual(['q4-what-are-streams', 'q9-streams-again', 'streams']);
  });
});

describe('inlineJson', () => {
  test('cannot close its script element, and parses back to the same value', () => {
    const value = { '</script><script>alert(1)</script>': '/questions/x/' };
    expect(inlineJson(value)).not.toContain('<');
    expect(JSON.parse(inlineJson(value))).toEqual(value);
  });
});
