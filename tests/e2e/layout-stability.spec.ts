// No layout shift while a page loads: every page kind, and the largest question, on a phone and a laptop, with the
// scripts arriving after the first paint as they do on a slow network.
import { expect, test } from '@playwright/test';
import { PAGE_KINDS, Q19, VIEWPORTS } from './support/pages.ts';

interface Shift {
  value: number;
  nodes: string[];
}

const PAGES = { ...PAGE_KINDS, 'largest question (Q19)': Q19, 'study list': 'list/' };

for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
  for (const [kind, path] of Object.entries(PAGES)) {
    test(`${kind} on a ${viewportName}: no layout shift while it loads`, async ({ page }) => {
      await page.setViewportSize(viewport);
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
      // Scripts come late, as on a slow connection: whatever they reveal must already have its place.
      await page.route('**/*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
      expect(shifts, 'layout shifts (value and the elements that moved)').toEqual([]);
    });
  }
}
