// Build test: dist/ has the service worker of this build's version, a file list true to dist/, and sets to save.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cachePrefix, OFFLINE_FILES, type OfflineFileList } from '../../src/lib/offline.ts';
import { normalizeBase } from '../support/base-path.ts';

const DIST = 'dist';
const BASE = normalizeBase(process.env.BASE_PATH);
const list = JSON.parse(readFileSync(join(DIST, OFFLINE_FILES.list), 'utf8')) as OfflineFileList;
const pathOf = (key: string) => join(DIST, key === '' || key.endsWith('/') ? `${key}index.html` : key);

test("the worker carries this build's version and this base path's cache names, and nothing left to fill in", () => {
  const worker = readFileSync(join(DIST, OFFLINE_FILES.worker), 'utf8');
  expect(worker).toContain(`const VERSION = ${JSON.stringify(list.version)};`);
  expect(worker).toContain(`const PREFIX = ${JSON.stringify(cachePrefix(BASE))};`);
  expect(worker).not.toMatch(/'OFFLINE_[A-Z_]+'/);
});

test("the worker's Workbox modules are beside it, whole (no dangling source map), and outside every version's list", () => {
  const worker = readFileSync(join(DIST, OFFLINE_FILES.worker), 'utf8');
  const modules = JSON.parse(/const WORKBOX_MODULES = (\[[^\]]*\]);/.exec(worker)?.[1] ?? '[]') as string[];
  expect(modules.map((path) => path.split('/').pop())).toEqual([
    'workbox-core.prod.js',
    'workbox-routing.prod.js',
    'workbox-strategies.prod.js',
  ]);
  for (const path of modules) {
    const code = readFileSync(join(DIST, path), 'utf8');
    expect(code).toMatch(/^this\.workbox=this\.workbox\|\|\{\}/);
    expect(code).not.toContain('sourceMappingURL');
    expect(list.files).not.toHaveProperty([path]);
  }
});

test('every file the list names exists with the size it states', () => {
  for (const [key, [bytes]] of Object.entries(list.files)) expect(statSync(pathOf(key)).size, key).toBe(bytes);
});

test('every topic has a set of its page and at least one question; the bank set holds every question page', () => {
  const topics = Object.keys(list.sets).filter((id) => id.startsWith('topics/'));
  expect(topics.length).toBeGreaterThan(0);
  for (const id of topics) {
    expect(list.sets[id]?.[0]).toBe(id);
    expect(list.sets[id]?.some((key) => key.startsWith('questions/'))).toBe(true);
  }
  const questions = Object.keys(list.files).filter((key) => /^questions\/[^/]+\/$/.test(key) && !(key in list.moved));
  expect(list.sets['']).toEqual(expect.arrayContaining(questions));
});

test("a saved set has what search needs: Pagefind's entry, script and wasm", () => {
  expect(list.shared).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-entry.json']));
  expect(list.shared.some((key) => /^pagefind\/wasm\./.test(key))).toBe(true);
});

test('the offline page is built and is not in the sitemap', () => {
  expect(statSync(pathOf(OFFLINE_FILES.page)).isFile()).toBe(true);
  expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain(`${BASE}${OFFLINE_FILES.page}<`);
});
