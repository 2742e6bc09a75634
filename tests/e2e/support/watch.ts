// What a page does that a test must see: uncaught errors and console errors, and the requests it makes.
import type { Page } from '@playwright/test';

/** Collects uncaught exceptions and console errors. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

// What a script could send data with; the browser's own lazy fetch of the page's favicon is not the feature's doing.
const SENDING = new Set(['fetch', 'xhr', 'beacon', 'ping', 'websocket', 'eventsource', 'document', 'other']);

/** Requests the page makes from now on. */
export function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (SENDING.has(request.resourceType()) && !request.url().endsWith('/favicon.svg')) urls.push(request.url());
  });
  return urls;
}
