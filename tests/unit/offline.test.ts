// Unit tests: the offline file list's keys, hashes and version, what a set's page links to, and a set's size.
import { describe, expect, test } from 'vitest';
import { filesOfSet, formatBytes, isOfflinePage, type OfflineFileList, setBytes } from '../../src/lib/offline.ts';
import { contentHash, fileKey, questionPagesLinked, redirectTarget, versionOf } from '../../src/lib/offline-build.ts';

test.each([
  ['index.html', ''],
  ['topics/streams/index.html', 'topics/streams/'],
  ['_astro/a.B1.css', '_astro/a.B1.css'],
  ['404.html', '404.html'],
  ['notindex.html', 'notindex.html'],
])('the key of %s is "%s"', (path, key) => {
  expect(fileKey(path)).toBe(key);
});

describe('versionOf', () => {
  const files: OfflineFileList['files'] = {
    '': [10, contentHash('<h1>home</h1>')],
    'topics/a/': [12, contentHash('<h1>a</h1>')],
  };

  test('one changed byte in any file gives another version', () => {
    const changed = { ...files, 'topics/a/': [12, contentHash('<h1>b</h1>')] as [number, string] };
    expect(versionOf(changed)).not.toBe(versionOf(files));
  });

  test('a file added or removed gives another version', () => {
    expect(versionOf({ ...files, 'x.txt': [1, contentHash('x')] })).not.toBe(versionOf(files));
    expect(versionOf({ '': files[''] as [number, string] })).not.toBe(versionOf(files));
  });

  test('the same files in another order give the same version (deterministic builds)', () => {
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(versionOf(reversed)).toBe(versionOf(files));
  });
});

test('contentHash is the start of the SHA-256, as the worker computes it with crypto.subtle', () => {
  expect(contentHash('abc')).toBe('ba7816bf8f01cfea');
});

describe('questionPagesLinked', () => {
  const html = (base: string) =>
    `<a href="${base}questions/a-b/">A</a><a href="${base}questions/c/#x">C</a><a href="${base}questions/a-b/">again</a>` +
    `<a href="${base}topics/t/">T</a><a href="https://elsewhere.example${base}questions/z/">Z</a>`;

  test.each(['/', '/sub/path/'])('under %s: each question page once, in page order, nothing else', (base) => {
    expect(questionPagesLinked(html(base), base)).toEqual(['questions/a-b/', 'questions/c/']);
  });

  test('a base with characters special in patterns is matched literally', () => {
    expect(questionPagesLinked('<a href="/x.y/questions/q/">', '/x.y/')).toEqual(['questions/q/']);
    expect(questionPagesLinked('<a href="/xzy/questions/q/">', '/x.y/')).toEqual([]);
  });
});

test.each([
  ['/', '<meta http-equiv="refresh" content="0;url=/questions/new/">', 'questions/new/'],
  ['/sub/', '<meta http-equiv="refresh" content="0; url=/sub/questions/new/">', 'questions/new/'],
  ['/', '<meta name="robots" content="noindex">', undefined],
  ['/sub/', '<meta http-equiv="refresh" content="0;url=https://elsewhere.example/">', undefined],
])('under %s, the redirect target of %s is %s', (base, html, target) => {
  expect(redirectTarget(html, base)).toBe(target);
});

describe('a set and its size', () => {
  const list: Pick<OfflineFileList, 'files' | 'shared'> = {
    files: {
      'topics/a/': [1_000, 'h1'],
      'questions/q/': [2_000, 'h2'],
      '_astro/site.js': [300_000, 'h3'],
      'pagefind/pagefind.js': [500_000, 'h4'],
    },
    shared: ['_astro/site.js', 'pagefind/pagefind.js'],
  };

  test('its pages, then the shared files, each once; pages that do not exist are left out', () => {
    expect(filesOfSet(list, ['topics/a/', 'questions/q/', 'questions/q/', 'questions/gone/'])).toEqual([
      'topics/a/',
      'questions/q/',
      '_astro/site.js',
      'pagefind/pagefind.js',
    ]);
  });

  test('its size counts every file once', () => {
    expect(setBytes(list, ['topics/a/', 'questions/q/', '_astro/site.js'])).toBe(803_000);
  });

  test.each([
    [400, '1 KB'],
    [840_400, '840 KB'],
    [1_234_567, '1.2 MB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

test.each([
  ['http://h/offline/', '/', true],
  ['http://h/sub/offline/', '/sub', true],
  ['http://h/sub/offline/', '/', false],
  ['http://h/questions/offline/', '/', false],
])('isOfflinePage(%s, %s) is %s', (page, base, expected) => {
  expect(isOfflinePage(page, base)).toBe(expected);
});
