// The site's service worker, copied to dist/sw.js with its build's version by src/integrations/offline.ts.
// Workbox routes requests and runs the strategies: hashed assets cache-first, everything else network-first with a
// timeout. What Workbox has no notion of is ours: one cache per build version that holds only files whose bytes match
// that build's offline/files.json (so a page read offline never meets a script or search index of another deploy),
// sets of pages the reader chose to save, and an update that carries them over whole before it takes over.
const WORKBOX_MODULES = 'OFFLINE_WORKBOX_MODULES';
importScripts(...WORKBOX_MODULES);

const VERSION = 'OFFLINE_VERSION';
const PREFIX = 'OFFLINE_CACHE_PREFIX';
const CACHE = `${PREFIX}${VERSION}`;
const SCOPE = new URL(self.registration.scope);
const LIST = 'offline/files.json';
const OFFLINE_PAGE = 'offline/';
// Not a file of the site: the sets this device saved, [{ id, pages }], kept in each version's cache.
const SAVED = 'offline/saved-sets.json';
// Not a file of the site either: present from an update's activation until a page has said so.
const UPDATED = 'offline/updated';
// A saved page is shown when the network has not answered in this long; an unsaved one keeps waiting for it.
const NETWORK_TIMEOUT_SECONDS = 4;
const PARALLEL = 4;
const NOTICE =
  '<p data-site-updated role="status" class="mt-4 rounded-md border border-amber-600 p-3 text-zinc-800 dark:text-zinc-200">' +
  'Site updated: you are reading the latest version, and what you saved for offline reading was updated too.</p>';

const at = (key) => new URL(key, SCOPE).href;

/** The key of a URL of this site (`topics/x/`), or undefined for other origins and paths outside the scope. */
function keyOf(url) {
  const { origin, pathname } = new URL(url);
  if (origin !== SCOPE.origin || !pathname.startsWith(SCOPE.pathname)) return undefined;
  let path;
  try {
    path = decodeURIComponent(pathname.slice(SCOPE.pathname.length));
  } catch {
    return undefined; // not an address the site has: left to the network
  }
  return path === 'index.html' || path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

async function hashOf(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

let thisList;
/** This version's file list, saved in its cache at install. */
function fileList() {
  thisList ??= caches
    .open(CACHE)
    .then((cache) => cache.match(at(LIST)))
    .then((response) => response.json());
  thisList.catch(() => (thisList = undefined));
  return thisList;
}

/** True if `response` holds this version's bytes of `key`; on other bytes asks for the new worker. */
async function isThisVersions(list, key, response) {
  const entry = list.files[key];
  if (!entry) return false;
  if ((await hashOf(await response.clone().arrayBuffer())) === entry[1]) return true;
  self.registration.update().catch(() => {});
  return false;
}

/** Downloads one file into `cache`; fails when the server has other bytes (a deploy under way). */
async function download(cache, list, key) {
  const response = await fetch(at(key), { cache: key.startsWith('_astro/') ? 'default' : 'no-cache' });
  if (!response.ok || !(await isThisVersions(list, key, response))) throw new Error(`${key} is not this version's`);
  await cache.put(at(key), response);
}

/** Runs `task` over `items`, a few at a time. */
async function eachInTurn(items, task) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

async function savedSets(cache) {
  const response = await cache.match(at(SAVED));
  return response ? response.json() : [];
}

function writeSavedSets(cache, sets) {
  const byId = new Map(sets.map((set) => [set.id, set]));
  return cache.put(
    at(SAVED),
    new Response(JSON.stringify([...byId.values()]), { headers: { 'content-type': 'application/json' } }),
  );
}

const filesOfSet = (list, pages) => [...new Set([...pages, ...list.shared])].filter((key) => key in list.files);

/** Earlier versions' caches with their file lists, to carry over what a reader had. */
async function earlierVersions() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  return Promise.all(
    names.map(async (name) => {
      const cache = await caches.open(name);
      const list = await cache.match(at(LIST)).then((response) => (response ? response.json() : { files: {} }));
      return { cache, list };
    }),
  );
}

// Install: this version's cache gets the offline page, the pages open now, every page earlier versions had and
// every saved set, all as this version has them. Unchanged files are copied, the rest downloaded; any failure
// (offline, a deploy under way) fails the install and the earlier worker and its cache stay as they were.
async function install() {
  const response = await fetch(at(LIST), { cache: 'no-cache' });
  const list = await response.clone().json();
  if (list.version !== VERSION) throw new Error('the file list is of another version: a deploy is under way');
  const cache = await caches.open(CACHE);
  const earlier = await earlierVersions();
  const wanted = new Set(list.shell);
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) wanted.add(keyOf(client.url));
  const sets = [];
  for (const { cache: old } of earlier) {
    for (const request of await old.keys()) wanted.add(keyOf(request.url));
    sets.push(...(await savedSets(old)));
  }
  const follow = (key) => list.moved[key] ?? key;
  const refreshed = sets.map(({ id, pages }) => ({ id, pages: [...new Set((list.sets[id] ?? pages).map(follow))] }));
  for (const { pages } of refreshed) for (const key of filesOfSet(list, pages)) wanted.add(key);
  for (const key of [...wanted]) if (key !== undefined && list.moved[key]) wanted.add(list.moved[key]);
  const keys = [...wanted].filter((key) => key !== undefined && key in list.files);
  await eachInTurn(keys, async (key) => {
    if (await cache.match(at(key))) return;
    const same = earlier.find(({ list: old }) => old.files[key]?.[1] === list.files[key][1]);
    const copy = same && (await same.cache.match(at(key)));
    if (copy) await cache.put(at(key), copy);
    else await download(cache, list, key);
  });
  await writeSavedSets(cache, refreshed);
  await cache.put(at(LIST), response);
  await self.skipWaiting();
}

// Activate: earlier versions' caches go (everything they held that this version has is in its cache now), and
// after an update the next page opened says so once.
async function activate() {
  const earlier = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  if (earlier.length > 0) await (await caches.open(CACHE)).put(at(UPDATED), new Response(''));
  for (const name of earlier) await caches.delete(name);
  await self.clients.claim();
}

/** This version's copy of a file, if saved. Reading never creates the cache: a replaced worker's stays deleted. */
function saved(key) {
  return caches.match(at(key), { cacheName: CACHE });
}

/** The page with the "Site updated" notice at the top of its main content, if an update is not yet announced. */
async function announceUpdate(response) {
  if (!(await saved(UPDATED))) return response;
  const html = await response.text();
  const main = /<main\b[^>]*>/.exec(html);
  if (!main) return new Response(html, response);
  await (await caches.open(CACHE)).delete(at(UPDATED));
  const end = main.index + main[0].length;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(`${html.slice(0, end)}${NOTICE}${html.slice(end)}`, { status: response.status, headers });
}

// Workbox plugin: one cache key per file (`topics/x/` for its index.html, no query), a response kept only while this
// version's cache exists (a replaced worker's stays deleted) and only with this version's bytes, the offline page
// for a page neither the network nor the cache has, and the update notice on pages.
const thisVersion = {
  cacheKeyWillBeUsed: async ({ request }) => at(keyOf(request.url)),
  cacheWillUpdate: async ({ request, response }) => {
    if (!response.ok || response.type !== 'basic' || response.redirected || !(await caches.has(CACHE))) return null;
    return (await isThisVersions(await fileList(), keyOf(request.url), response)) ? response : null;
  },
  handlerDidError: async ({ request }) => (request.mode === 'navigate' ? saved(OFFLINE_PAGE) : undefined),
  handlerWillRespond: async ({ request, response }) =>
    request.mode === 'navigate' && response.ok && !response.redirected ? announceUpdate(response) : response,
};

const { registerRoute } = workbox.routing;
const { CacheFirst, NetworkFirst } = workbox.strategies;
const strategy = { cacheName: CACHE, plugins: [thisVersion] };
// The worker's own scripts never reach its fetch handler; the site's other files all do.
const ownFile = ({ url }) => ![undefined, 'sw.js'].includes(keyOf(url));
// Hashed file names never change their bytes: a saved copy is as good as the network's.
registerRoute(({ url }) => keyOf(url)?.startsWith('_astro/'), new CacheFirst(strategy));
// Online, the site as deployed: asked of the server, not of the browser's HTTP cache, which may hold another deploy's
// copy. The saved copy when the network fails or hangs.
const revalidate = { requestWillFetch: async ({ request }) => new Request(request, { cache: 'no-cache' }) };
registerRoute(
  ownFile,
  new NetworkFirst({ ...strategy, plugins: [thisVersion, revalidate], networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS }),
);

// A set saved from its page ("Available offline"): its pages and the shared files, with progress on `port`.
async function save({ id, pages, version }, port) {
  try {
    if (version !== VERSION) {
      self.registration.update().catch(() => {});
      port.postMessage({ error: 'outdated' });
      return;
    }
    const list = await fileList();
    const cache = await caches.open(CACHE);
    const set = { id: String(id), pages: pages.filter((key) => key in list.files) };
    const keys = filesOfSet(list, set.pages);
    const total = keys.reduce((sum, key) => sum + list.files[key][0], 0);
    let done = 0;
    await eachInTurn(keys, async (key) => {
      if (!(await cache.match(at(key)))) await download(cache, list, key);
      done += list.files[key][0];
      port.postMessage({ done, total });
    });
    await writeSavedSets(cache, [...(await savedSets(cache)), set]);
    port.postMessage({ saved: true, done, total });
  } catch {
    port.postMessage({ error: 'failed' });
  }
}

self.addEventListener('install', (event) => event.waitUntil(install()));
self.addEventListener('activate', (event) => event.waitUntil(activate()));
self.addEventListener('message', (event) => {
  if (event.data?.type === 'save' && event.ports[0]) event.waitUntil(save(event.data, event.ports[0]));
});
