/** What is saved on this device: the pages in this site's Cache Storage (the service worker's caches, named by cachePrefix). */
import { cachePrefix, OFFLINE_FILES } from './offline.ts';
import { sitePath } from './urls.ts';

/** A page's address as the caches key it: absolute, without query (a search's highlight) or fragment (a section). */
export function pageAddress(url: string, from: string): string {
  const address = new URL(url, from);
  address.search = '';
  address.hash = '';
  return address.href;
}

/** Every page saved on this device (addresses ending in `/`, the offline page aside), with the cache that holds it. */
export async function savedPages(): Promise<Map<string, Cache>> {
  const pages = new Map<string, Cache>();
  if (!('caches' in window)) return pages;
  const prefix = cachePrefix(sitePath());
  const offlinePage = pageAddress(sitePath(OFFLINE_FILES.page), location.href);
  for (const name of (await caches.keys()).filter((cacheName) => cacheName.startsWith(prefix))) {
    const cache = await caches.open(name);
    for (const { url } of await cache.keys()) {
      if (url.endsWith('/') && url !== offlinePage && !pages.has(url)) pages.set(url, cache);
    }
  }
  return pages;
}
