// Print views: a topic printed to PDF starts each question on its own page, in order, and nothing runs past the right margin.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { Q1, Q9, Q19, VIEWPORTS } from './support/pages.ts';
import { type PrintedPage, pdfText } from './support/pdf-text.ts';

// The print views' @page margin (src/styles/print.css): 14 mm left and right, in PDF points.
const SIDE_MARGIN_PT = (14 / 25.4) * 72;
// Glyph boxes may overhang their advance width by a fraction of a point.
const SLACK_PT = 1;

test.describe.configure({ timeout: 120_000 });

/** Question titles of a topic's screen page, in order, as "Q<n>: <title>". */
async function titlesOf(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const items = page.locator('main li.question-item');
  return items.evaluateAll((rows) =>
    rows.map((row) => `${row.querySelector('span')?.textContent?.trim()}: ${row.querySelector('a')?.textContent?.trim()}`),
  );
}

/** Text runs that end past the right margin, with their page number. */
function pastRightMargin(pages: PrintedPage[], margin: number): string[] {
  return pages.flatMap(({ width, items }, index) =>
    items
      .filter((item) => item.right > width - margin + SLACK_PT)
      .map((item) => `page ${index + 1}: "${item.text}" ends at ${item.right.toFixed(1)} of ${width.toFixed(1)}`),
  );
}

/** The first line of each page, joined from the runs printed on the same line as the first. */
function pageStarts(pages: PrintedPage[]): string[] {
  return pages.map(({ items }) => items.map((item) => item.text).join(''));
}

test('a topic printed to PDF: title page, contents, then one question per page start, in order, within the margins', async ({
  page,
}) => {
  const expected = await titlesOf(page, 'topics/streams/');
  expect(expected.length).toBeGreaterThan(1);
  await page.goto('print/topics/streams/');
  const pages = await pdfText(await page.pdf({ format: 'A4' }));

  const texts = pageStarts(pages);
  expect(texts[0], 'the title page names the topic').toMatch(/Streams/);
  expect(texts[1], 'the second page is the contents').toMatch(/^Contents/);
  // Runs join without the spaces at line ends: compare without any whitespace.
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const questionStarts = texts.flatMap((text) => expected.filter((title) => squeeze(text).startsWith(squeeze(title))));
  expect(questionStarts, "each question starts a page, in the topic's order").toEqual(expected);
  const headingsMidPage = texts.filter((text) => expected.some((title) => squeeze(text).indexOf(squeeze(title)) > 0));
  expect(headingsMidPage, 'no question title below the top of a page, but in the contents').toEqual([texts[1]]);
  expect(pastRightMargin(pages, SIDE_MARGIN_PT)).toEqual([]);
});

test('a long question page prints its whole code, wrapped within the margin, links as URLs, without site navigation', async ({
  page,
}) => {
  await page.goto(Q19);
  // The bank's answers link nowhere outside; a link like those other banks have shows how one prints.
  await page
    .locator('.prose p')
    .first()
    .evaluate((paragraph) =>
      paragraph.insertAdjacentHTML('beforeend', ' <a href="https://example.org/docs/streams">the docs</a>'),
    );
  const lines = await page.locator('figure[data-lines="611"] .line').allTextContents();
  const lastLine =
    lines
      .map((line) => line.trim())
      .filter((line) => line.length > 8)
      .at(-1) ?? '';
  const pages = await pdfText(
    await page.pdf({ format: 'A4', margin: { left: '14mm', right: '14mm', top: '16mm', bottom: '16mm' } }),
  );
  const all = pages.flatMap(({ items }) => items.map((item) => item.text)).join('\n');
  expect(lastLine).not.toBe('');
  expect(all.replace(/\s+/g, ''), 'the last line of its 611-line block is printed').toContain(lastLine.replace(/\s+/g, ''));
  expect(all).not.toMatch(/Skip to content|Copy for chat|Previous question/);
  expect(all.replace(/\s+/g, ''), 'a link prints its URL').toContain('thedocs(https://example.org/docs/streams)');
  expect(pastRightMargin(pages, SIDE_MARGIN_PT)).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme prints as light, without buttons or navigation`, async ({ page }) => {
    await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
    await page.goto('print/topics/streams/');
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => {
      const style = (selector: string, pseudo?: string) => {
        const node = document.querySelector(selector);
        return node ? getComputedStyle(node, pseudo) : undefined;
      };
      return {
        body: style('body')?.backgroundColor,
        prose: style('.prose')?.color,
        code: style('.astro-code')?.backgroundColor,
        header: document.querySelector('.site-header')?.checkVisibility(),
        button: document.querySelector('[data-print]')?.checkVisibility(),
      };
    });
    expect(look.body).toMatch(/rgba?\(255, 255, 255|rgba\(0, 0, 0, 0\)/);
    expect(look.code).toBe('rgb(255, 255, 255)');
    const [r = 255] = (look.prose?.match(/\d+/g) ?? []).map(Number);
    expect(r, `answer text ${look.prose} is dark on paper`).toBeLessThan(100);
    expect([look.header, look.button]).toEqual([false, false]);
  });
}

test("the study list's print view lays out the saved questions in the reader's order", async ({ page }) => {
  await page.addInitScript(
    ({ saved }) => localStorage.setItem('interview-bank:study:v1', JSON.stringify({ version: 1, saved, done: [] })),
    { saved: [Q9, Q1].map((path) => path.split('/')[1]) },
  );
  await page.goto('print/list/');
  await expect(page.locator('[data-print-list][data-ready]')).toBeAttached();
  await expect(page.locator('.print-question-head h2')).toHaveText([/^Q9: /, /^Q1: /]);
  await expect(page.locator('.print-toc li')).toHaveCount(2);
  await expect(page.locator('.print-question .prose .code').first()).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`print views have no axe violations: ${theme} theme, ${width}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(
        ({ choice, saved }) => {
          localStorage.setItem('theme', choice);
          localStorage.setItem('interview-bank:study:v1', JSON.stringify({ version: 1, saved, done: [] }));
        },
        { choice: theme, saved: [Q1.split('/')[1]] },
      );
      for (const path of ['print/topics/streams/', 'print/list/']) {
        await page.goto(path);
        await expect(page.locator('.print-question').first()).toBeAttached();
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map(
            (violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      }
    });
  }
}
