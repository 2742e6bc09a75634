/** The pages end-to-end tests visit, by role: relative URLs, so they work under any base path. */

/** Q1, Q9 and Q19 (the largest page, with a 611-line code block). */
export const Q1 = 'questions/what-is-nodejs-and-what-are-its-key-features/';
export const Q9 = 'questions/how-do-you-work-with-streams-in-nodejs/';
export const Q19 = 'questions/how-do-you-build-real-time-applications-with-websockets-and-socketio-in-nodejs/';

/** One page of each kind the site has. */
export const PAGE_KINDS = {
  home: './',
  question: Q9,
  'difficulty index': 'difficulty/',
  'difficulty level': 'difficulty/hard/',
  'topic index': 'topics/',
  topic: 'topics/streams/',
  'not found': 'no-such-page/',
} as const;

/** The two widths the site is designed for: a phone and a laptop. */
export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 900 },
} as const;
