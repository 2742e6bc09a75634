// No layout shift while a page loads: every page kind, and the largest question, on a phone and a laptop, with the
// scripts arriving after the first paint as they do on a slow network.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { PAGE_KINDS, Q19, VIEWPORTS } from './support/pages.ts';

interface Shift {
  value: number;
  nodes: string[];
}

const PAGES = { ...PAGE_KINDS, 'largest question (Q19)': Q19, 'study list': 'list/' };

/** Records every layout shift the page has from its first paint on, with the elements that moved. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { shifts: Array<{ value: number; nodes: string[] }> };
    record.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{
        value: number;
        hadRecentInput: boolean;
        sources: Array<{ node?: Node }>;
      }>) {
        if (entry.hadRecentInput) continue;
        const nodes = entry.sources.map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 100) ?? '?');
        record.shifts.push({ value: entry.value, nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shiftsOf = (page: Page) => page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);

for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`${kind} on a ${viewportName}: no layout shift while it loads`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await recordShifts(page);
      // Scripts come late, as on a slow connection: whatever they reveal must already have its place.
      await page.route('**/*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      expect(await shiftsOf(page), 'layout shifts (value and the elements that moved)').toEqual([]);
    });
  }

  test(`a page shown before its header has all arrived does not move the header, on a ${viewportName}`, async ({
    page,
    baseURL,
  }) => {
    // A busy or slow device paints what it has read so far: here the page stops arriving at the theme switch, the
    // header item that is last to arrive, for long enough that the browser shows the part it has.
    if (baseURL === undefined) throw new Error('use.baseURL must be set in playwright.config.ts');
    const upstream = new URL(baseURL);
    let paused = false;
    const server = createServer(async (request, response) => {
      const answer = await fetch(new URL(request.url ?? '/', upstream.origin));
      const body = Buffer.from(await answer.arrayBuffer());
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' });
      const cut = body.lastIndexOf('<button', body.indexOf('data-theme-toggle'));
      if (!request.url?.includes('/questions/') || cut < 0) return void response.end(body);
      response.write(body.subarray(0, cut));
      paused = true;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      response.end(body.subarray(cut));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await page.setViewportSize(viewport);
      await recordShifts(page);
      await page.goto(new URL(Q19, `http://127.0.0.1:${port}${upstream.pathname}`).href, { waitUntil: 'networkidle' });
      expect(paused, 'the page arrived in two parts').toBe(true);
      expect(await shiftsOf(page), 'layout shifts (value and the elements that moved)').toEqual([]);
    } finally {
      server.close();
    }
  });
}
