// Reading what a page copied, and the address it says it has, for tests of copy controls.
import type { BrowserContext, Page } from '@playwright/test';

/** Lets the page write and the test read the clipboard. */
export function allowClipboard(context: BrowserContext): Promise<void> {
  return context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** The clipboard's text as the page left it. */
export function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The page's published address: the configured site URL, base path and page path. */
export function canonical(page: Page): Promise<string> {
  return page.locator('link[rel="canonical"]').evaluate((link: HTMLLinkElement) => link.href);
}
