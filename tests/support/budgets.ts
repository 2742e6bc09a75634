/** The size budgets of question pages (gzip -9 bytes), half of what Starlight ships, and the pages they are held to. */

/** Budgets in gzip bytes. */
export const BUDGET = {
  /** JavaScript a page loads before search is opened: inline scripts, script modules and their static imports. */
  js: 4_096,
  /** Every stylesheet the page links for the screen. 8 KiB until callouts (admonitions of any bank) took 30 B past it. */
  css: 8_704,
  /** The HTML of Q19, a long answer with many code blocks. */
  html: 14_336,
} as const;

/** Q19 (long, many code blocks) and Q1 (short): name and URL path under the base. */
export const BUDGET_PAGES = [
  ['Q19', '/questions/how-do-you-build-real-time-applications-with-websockets-and-socketio-in-nodejs/'],
  ['Q1', '/questions/what-is-nodejs-and-what-are-its-key-features/'],
] as const;
