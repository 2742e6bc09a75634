// Saves the pages as a person sees them (home, Q1, Q19; light and dark; phone and desktop) into tests/e2e/screenshots/.
import { expect, test } from '@playwright/test';
import { Q1, Q19, VIEWPORTS } from './support/pages.ts';

const PAGES = { home: './', q1: Q1, q19: Q19 } as const;

for (const theme of ['light', 'dark'] as const) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name}, ${theme}, ${width}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await expect(page.locator('h1')).toBeVisible();
        // The theme follows the system choice until the reader picks one.
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
        const file = `tests/e2e/screenshots/${name}-${theme}-${viewport.width}.png`;
        const image = await page.screenshot({ path: file });
        expect(image.byteLength).toBeGreaterThan(10_000);
      });
    }
  }
}
