// axe-core on every kind of page, in both themes, at phone and desktop widths: zero violations.
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { PAGE_KINDS, VIEWPORTS } from './support/pages.ts';

for (const theme of ['light', 'dark'] as const) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test.describe(`${theme} theme, ${width} (${viewport.width}px)`, () => {
      test.use({ viewport, colorScheme: theme });
      // axe walks every node of a long answer page; on a busy 2-core machine that can take half a minute.
      test.describe.configure({ timeout: 90_000 });

      for (const [kind, path] of Object.entries(PAGE_KINDS)) {
        test(`${kind} page has no axe violations`, async ({ page }) => {
          await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
          await page.goto(path);
          await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}
