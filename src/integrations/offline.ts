/** Astro integration: after Pagefind, `offline/files.json` (every file with its size and hash, the sets a reader can save) and `sw.js`. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachePrefix, OFFLINE_FILES, type OfflineFileList } from '../lib/offline.ts';
import { contentHash, fileKey, questionPagesLinked, redirectTarget, versionOf } from '../lib/offline-build.ts';
import { baseFolder } from '../lib/urls.ts';

// Not part of any version: the worker itself and the Workbox modules it imports, host settings, the list being written.
const NOT_LISTED = new Set([OFFLINE_FILES.worker, OFFLINE_FILES.list, '_headers']);
const WORKBOX_FOLDER = 'offline/workbox/';
// Workbox's browser builds, imported by the worker in this order (routing and strategies need core).
const require = createRequire(import.meta.url);
const WORKBOX_MODULES = [
  require.resolve('workbox-core/build/workbox-core.prod.js'),
  require.resolve('workbox-routing/build/workbox-routing.prod.js'),
  require.resolve('workbox-strategies/build/workbox-strategies.prod.js'),
];
// Pagefind's own UI bundles: the site's search never loads them.
const UNUSED_SEARCH_FILES = /^pagefind\/.*-ui\.(js|css)$/;
// The "Make available offline" control (src/components/offline/OfflineSave.astro), but for the study list's.
const SAVE_CONTROL = /<div data-offline-save(?![^>]*data-study-list)/;
// Static imports in a built module (`import"./x.js"`, `from"./x.js"`), to find what the offline page loads.
const STATIC_IMPORT = /(?:import|from)\s*"\.\/([^"]+\.js)"/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The offline page and every style and script it loads, with their static imports. */
function shellOf(outDir: string, base: string): string[] {
  const html = readFileSync(join(outDir, OFFLINE_FILES.page, 'index.html'), 'utf8');
  const shell = new Set<string>([OFFLINE_FILES.page]);
  const pending = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map(([, url = '']) => url.slice(base.length))
    .filter((key) => key.startsWith('_astro/') || key === 'favicon.svg');
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (shell.has(key)) continue;
    shell.add(key);
    if (!key.endsWith('.js')) continue;
    const folder = key.slice(0, key.lastIndexOf('/') + 1);
    for (const [, name] of readFileSync(join(outDir, key), 'utf8').matchAll(STATIC_IMPORT)) pending.push(`${folder}${name}`);
  }
  return [...shell].sort();
}

/** Reads `dist/` and returns its file list; `base` ends with a slash. */
export function offlineFileList(outDir: string, base: string): OfflineFileList {
  const files: OfflineFileList['files'] = {};
  const sets: OfflineFileList['sets'] = {};
  const moved: OfflineFileList['moved'] = {};
  const pages: string[] = [];
  for (const path of filesUnder(outDir)) {
    if (NOT_LISTED.has(path) || path.startsWith(WORKBOX_FOLDER)) continue;
    const bytes = readFileSync(join(outDir, path));
    const key = fileKey(path);
    files[key] = [bytes.length, contentHash(bytes)];
    if (key !== path) {
      pages.push(key);
      const html = bytes.toString('utf8');
      const target = redirectTarget(html, base);
      if (target !== undefined) moved[key] = target;
      // A page with the "Make available offline" control offers itself and the questions it lists (My list's are the reader's).
      else if (SAVE_CONTROL.test(html)) sets[key] = [key, ...questionPagesLinked(html, base)];
    }
  }
  // The home page's set is the bank: every page a reader can open but the print views, which repeat the pages' text.
  sets[''] = pages.filter((key) => !key.startsWith('print/'));
  const shell = shellOf(outDir, base);
  const shared = [
    ...Object.keys(files).filter((key) => key.startsWith('_astro/') && !key.endsWith('.png')),
    ...Object.keys(files).filter((key) => key.startsWith('pagefind/') && !UNUSED_SEARCH_FILES.test(key)),
    ...shell,
  ];
  return { version: versionOf(files), files, shell, shared: [...new Set(shared)], sets, moved };
}

/** Copies Workbox's production builds next to the worker (without their source-map comment: the maps are not copied). */
function writeWorkboxModules(outDir: string): string[] {
  mkdirSync(join(outDir, WORKBOX_FOLDER), { recursive: true });
  return WORKBOX_MODULES.map((path) => {
    const file = basename(path);
    const code = readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    writeFileSync(join(outDir, WORKBOX_FOLDER, file), code);
    return `${WORKBOX_FOLDER}${file}`;
  });
}

/** Writes `offline/files.json`, and `sw.js` (the worker with this build's version, cache names and Workbox) into `outDir`. */
export function writeOfflineFiles(outDir: string, base: string): OfflineFileList {
  const list = offlineFileList(outDir, base);
  writeFileSync(join(outDir, OFFLINE_FILES.list), `${JSON.stringify(list)}\n`);
  const worker = readFileSync(new URL('../scripts/service-worker.js', import.meta.url), 'utf8')
    .replace("'OFFLINE_VERSION'", JSON.stringify(list.version))
    .replace("'OFFLINE_CACHE_PREFIX'", JSON.stringify(cachePrefix(base)))
    .replace("'OFFLINE_WORKBOX_MODULES'", JSON.stringify(writeWorkboxModules(outDir)));
  writeFileSync(join(outDir, OFFLINE_FILES.worker), worker);
  return list;
}

/** The Astro side: runs after every other integration has written its files. */
export function offlineFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseFolder(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const list = writeOfflineFiles(fileURLToPath(dir), base);
        logger.info(`version ${list.version}: ${Object.keys(list.files).length} files, ${Object.keys(list.sets).length} sets`);
      },
    },
  };
}
