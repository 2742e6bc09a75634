// Unit tests: the file list the offline integration writes, read from a small built site in a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { offlineFileList } from '../../src/integrations/offline.ts';

const BASE = '/sub/';
let dist = '';

function write(path: string, text: string): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'offline-list-'));
  write('index.html', `<a href="${BASE}questions/a/">A</a><a href="${BASE}questions/b/">B</a>`);
  write('topics/t/index.html', `<div data-offline-save class="x"></div><a href="${BASE}questions/b/">B</a>`);
  write('topics/index.html', `<a href="${BASE}questions/a/">A</a>`);
  write('list/index.html', `<div data-offline-save data-study-list></div><a href="${BASE}questions/a/">A</a>`);
  write('questions/a/index.html', '<h1>A</h1>');
  write('questions/b/index.html', '<h1>B</h1>');
  write('questions/old-b/index.html', `<meta http-equiv="refresh" content="0;url=${BASE}questions/b/">`);
  write('print/topics/t/index.html', '<h1>print</h1>');
  write(
    'offline/index.html',
    `<link rel="stylesheet" href="${BASE}_astro/site.css"><script type="module" src="${BASE}_astro/offline.js"></script>`,
  );
  write('_astro/site.css', 'body{}');
  write('_astro/offline.js', 'import"./urls.js";');
  write('_astro/urls.js', 'export const u=1;');
  write('_astro/other.js', 'export const o=1;');
  write('pagefind/pagefind.js', '/* search */');
  write('pagefind/pagefind-ui.js', '/* unused UI */');
  write('sw.js', 'old worker');
  write('_headers', '/*\n  X: y\n');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('offlineFileList', () => {
  test('lists every file by key with size and hash, but the worker, the list itself and host settings', () => {
    const { files } = offlineFileList(dist, BASE);
    expect(Object.keys(files)).toContain('questions/a/');
    expect(files['_astro/site.css']?.[0]).toBe('body{}'.length);
    expect(Object.keys(files)).not.toContain('sw.js');
    expect(Object.keys(files)).not.toContain('_headers');
  });

  test("a page with the save control offers itself and the questions it links; the home page's set is every page but print views", () => {
    const { sets } = offlineFileList(dist, BASE);
    expect(sets['topics/t/']).toEqual(['topics/t/', 'questions/b/']);
    // Without the control, or with the study list's (the reader's questions, known only in the browser): no set.
    expect(Object.keys(sets).sort()).toEqual(['', 'topics/t/']);
    expect(sets['']).toContain('questions/a/');
    expect(sets[''] ?? []).not.toContain('print/topics/t/');
  });

  test('a redirect page is recorded with its target, so a renamed saved question stays reachable', () => {
    expect(offlineFileList(dist, BASE).moved).toEqual({ 'questions/old-b/': 'questions/b/' });
  });

  test("the shell is the offline page and what it loads, imports followed; Pagefind's UI bundles are never shared", () => {
    const { shell, shared } = offlineFileList(dist, BASE);
    expect(shell).toEqual(['_astro/offline.js', '_astro/site.css', '_astro/urls.js', 'offline/']);
    expect(shared).toEqual(expect.arrayContaining(['_astro/other.js', 'pagefind/pagefind.js', 'offline/']));
    expect(shared).not.toContain('pagefind/pagefind-ui.js');
  });

  test('the version changes when a page changes', () => {
    const before = offlineFileList(dist, BASE).version;
    write('questions/a/index.html', '<h1>A, revised</h1>');
    expect(offlineFileList(dist, BASE).version).not.toBe(before);
  });
});
