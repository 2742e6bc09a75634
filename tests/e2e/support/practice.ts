// What practice specs share: the session's parts, its titles in order, and axe over named views in both themes and widths.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { VIEWPORTS } from './pages.ts';

export const question = (page: Page) => page.locator('[data-question]');
export const position = (page: Page) => page.locator('[data-position]');

/** The titles of a session, in order, by skipping through it. */
export async function titles(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const total = Number((await position(page).textContent())?.match(/of (\d+)/)?.[1]);
  for (let index = 0; index < total; index++) {
    await expect(position(page)).toHaveText(`Question ${index + 1} of ${total}`);
    seen.push((await question(page).textContent()) ?? '');
    await page.getByRole('button', { name: /Skip|Next/ }).click();
  }
  return seen;
}

/** A view to check: its name, and how to open it. */
export type View = [string, (page: Page) => Promise<void>];

/** One axe test per view, in the light and dark themes, at a phone's and a laptop's width: zero violations. */
export function axeViews(what: string, views: readonly View[]): void {
  for (const theme of ['light', 'dark'] as const) {
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      test.describe(`axe on ${what}, ${theme} theme, ${width} (${viewport.width}px)`, () => {
        test.use({ viewport, colorScheme: theme });
        test.describe.configure({ timeout: 90_000 });

        for (const [name, open] of views) {
          test(`${name} has no violations`, async ({ page }) => {
            await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
            await open(page);
            const results = await new AxeBuilder({ page }).analyze();
            expect(
              results.violations.map(
                (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
              ),
            ).toEqual([]);
          });
        }
      });
    }
  }
}
