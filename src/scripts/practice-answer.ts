/** A question's full answer for practice, taken from its built page (same origin), code frames and all, fetched once per question. */

const cache = new Map<string, Promise<Element>>();

async function load(url: string): Promise<Element> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const prose = page.querySelector('article .prose');
  if (!prose) throw new Error(`${url}: no answer on the page`);
  // Section permalinks belong to the question page, which the practice card links to.
  for (const anchor of prose.querySelectorAll('a.anchor')) anchor.remove();
  // Relative links and images were written for the question page's folder.
  for (const link of prose.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    link.setAttribute('href', new URL(link.getAttribute('href') ?? '', response.url).href);
  }
  for (const image of prose.querySelectorAll<HTMLImageElement>('img[src]')) {
    image.setAttribute('src', new URL(image.getAttribute('src') ?? '', response.url).href);
  }
  return document.importNode(prose, true);
}

/** The answer's nodes, ready to insert; a failed load is tried again on the next call. */
export async function answerNodes(url: string): Promise<Node[]> {
  let pending = cache.get(url);
  if (!pending) {
    pending = load(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  const prose = (await pending).cloneNode(true) as Element;
  return [...prose.childNodes];
}
