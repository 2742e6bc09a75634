/** The offline page: lists, by title, the pages saved on this device (the service worker's cache of this site). */
import { cachePrefix, OFFLINE_FILES } from '../lib/offline.ts';
import { sitePath } from '../lib/urls.ts';

interface SavedPage {
  url: string;
  title: string;
}

async function savedPages(): Promise<SavedPage[]> {
  const prefix = cachePrefix(sitePath());
  const offlinePage = new URL(sitePath(OFFLINE_FILES.page), location.href).href;
  const pages = new Map<string, string>();
  for (const name of (await caches.keys()).filter((cacheName) => cacheName.startsWith(prefix))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!request.url.endsWith('/') || request.url === offlinePage || pages.has(request.url)) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      const page = new DOMParser().parseFromString(html, 'text/html');
      // Redirect pages are how renamed questions stay reachable, not pages to read.
      if (page.querySelector('meta[http-equiv="refresh"]')) continue;
      pages.set(request.url, page.title || new URL(request.url).pathname);
    }
  }
  return [...pages].map(([url, title]) => ({ url, title })).sort((a, b) => a.title.localeCompare(b.title));
}

const list = document.querySelector('[data-saved-pages]');
const nothing = document.querySelector<HTMLElement>('[data-nothing-saved]');
if (list && nothing) {
  void (('caches' in window ? savedPages() : Promise.resolve([])) as Promise<SavedPage[]>).then((pages) => {
    for (const { url, title } of pages) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'underline';
      link.href = url;
      link.textContent = title;
      item.append(link);
      list.append(item);
    }
    nothing.hidden = pages.length > 0;
  });
}
