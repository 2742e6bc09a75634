// One page of each kind the site has (home, a question, the indexes, a topic, a level, the 404), found from its links.
import type { Page } from '@playwright/test';

/** A page kind and its absolute URL. */
export interface SitePage {
  kind: string;
  url: string;
}

const KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['question page', /\/questions\/[^/]+\/$/],
  ['topic index', /\/topics\/$/],
  ['topic page', /\/topics\/[^/]+\/$/],
  ['difficulty index', /\/difficulty\/$/],
  ['difficulty page', /\/difficulty\/[^/]+\/$/],
];

/** Same-origin link targets on the page now open, without fragment or query. */
async function linkTargets(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return hrefs.filter((href) => new URL(href).origin === origin).map((href) => href.replace(/[?#].*$/, ''));
}

/** Visits the home page and an index page, and returns one URL per kind (a made-up URL for the 404 page). */
export async function sitePages(page: Page, home: string): Promise<SitePage[]> {
  await page.goto(home);
  const found = await linkTargets(page);
  const topics = found.find((url) => /\/topics\/$/.test(url));
  const difficulty = found.find((url) => /\/difficulty\/$/.test(url));
  for (const index of [topics, difficulty]) {
    if (!index) continue;
    await page.goto(index);
    found.push(...(await linkTargets(page)));
  }
  const pages: SitePage[] = [{ kind: 'home page', url: new URL(home).href }];
  for (const [kind, pattern] of KINDS) {
    const url = found.find((candidate) => pattern.test(new URL(candidate).pathname));
    if (!url) throw new Error(`no link to a ${kind} found from ${home}`);
    pages.push({ kind, url });
  }
  pages.push({ kind: '404 page', url: new URL('no-such-page/', home).href });
  return pages;
}
