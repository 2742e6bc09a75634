/** The offline page: lists, by title, the pages saved on this device (the service worker's cache of this site). */
import { savedPages } from '../lib/saved-pages.ts';

interface SavedPage {
  url: string;
  title: string;
}

async function savedTitles(): Promise<SavedPage[]> {
  const pages: SavedPage[] = [];
  for (const [url, cache] of await savedPages()) {
    const html = (await (await cache.match(url))?.text()) ?? '';
    const page = new DOMParser().parseFromString(html, 'text/html');
    // Redirect pages are how renamed questions stay reachable, not pages to read.
    if (page.querySelector('meta[http-equiv="refresh"]')) continue;
    pages.push({ url, title: page.title || new URL(url).pathname });
  }
  return pages.sort((a, b) => a.title.localeCompare(b.title));
}

const list = document.querySelector('[data-saved-pages]');
const nothing = document.querySelector<HTMLElement>('[data-nothing-saved]');
if (list && nothing) {
  void savedTitles().then((pages) => {
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
