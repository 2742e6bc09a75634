/** Times the first search in Chromium: a fresh visitor opens a question, presses "/" and types a word. */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import { median } from './report.ts';

/** One word's timings (ms, median of runs): to the first result after its first keystroke, and after its last. */
export interface SearchTiming {
  word: string;
  fromFirstKeyMs: number;
  fromLastKeyMs: number;
  runs: number;
}

const WORDS = ['middleware', 'redis', 'stream'];
const RUNS = 3;

// Runs in the page: key times and the first result link, on the page's own clock (no round trips in the figure).
const WATCH = () => {
  const clock = window as unknown as { keys: number[]; firstResult: number | undefined };
  clock.keys = [];
  document.addEventListener('keydown', (event) => clock.keys.push(event.timeStamp), true);
  const watch = new MutationObserver(() => {
    if (clock.firstResult === undefined && document.querySelector('[data-search-results] a'))
      clock.firstResult = performance.now();
  });
  watch.observe(document.body, { childList: true, subtree: true });
};

/** Median times for each word on `url` (a question page of a served site); each run is a new, empty browser context. */
export async function timeFirstSearch(url: string): Promise<SearchTiming[]> {
  const browser = await chromium.launch({ executablePath: findChromium().executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const timings: SearchTiming[] = [];
    for (const word of WORDS) {
      const first: number[] = [];
      const last: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'networkidle' });
        await page.evaluate(WATCH);
        await page.keyboard.press('/');
        await page.keyboard.type(word, { delay: 60 });
        await page.locator('[data-search-results] a').first().waitFor({ timeout: 15_000 });
        const { keys, firstResult } = await page.evaluate(() => {
          const clock = window as unknown as { keys: number[]; firstResult: number | undefined };
          return { keys: clock.keys, firstResult: clock.firstResult };
        });
        // keys[0] is "/": the word starts at keys[1].
        first.push((firstResult ?? Number.NaN) - (keys[1] ?? Number.NaN));
        last.push(Math.max(0, (firstResult ?? Number.NaN) - (keys.at(-1) ?? Number.NaN)));
        await context.close();
      }
      timings.push({ word, fromFirstKeyMs: median(first) ?? Number.NaN, fromLastKeyMs: median(last) ?? Number.NaN, runs: RUNS });
    }
    return timings;
  } finally {
    await browser.close();
  }
}

/** The timings as a markdown table. */
export function firstSearchTable(timings: SearchTiming[]): string {
  return [
    '| word | first result after its first keystroke | after its last keystroke | runs (median) |',
    '| --- | ---: | ---: | ---: |',
    ...timings.map(
      (timing) =>
        `| ${timing.word} | ${Math.round(timing.fromFirstKeyMs)} ms | ${Math.round(timing.fromLastKeyMs)} ms | ${timing.runs} |`,
    ),
  ].join('\n');
}
