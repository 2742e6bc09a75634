/** Print views: the sets that get one (bank, topic, difficulty level, study list), their URLs, and answers made fit to share a page. */
import { LEVELS_AND_UNRATED, UNRATED } from './difficulty.ts';
import { baseFolder, sitePath } from './urls.ts';

/** The print view of the whole site, or of one bank of a site of several. */
export function printBankPath(bankId?: string): string {
  return sitePath(bankId ? `print/banks/${bankId}/` : 'print/');
}

/** The print view of one topic. */
export function printTopicPath(id: string): string {
  return sitePath(`print/topics/${id}/`);
}

/** The print view of one difficulty level. */
export function printLevelPath(level: string): string {
  return sitePath(`print/difficulty/${level}/`);
}

/** The print view of the study list (filled in the browser from its storage, or from `?questions=`). */
export function printListPath(): string {
  return sitePath('print/list/');
}

/** Each level that has a page, with its questions: every rated level, and unrated only when some question is. */
export function levelGroups<Q extends { data: { difficulty: string } }>(
  questions: readonly Q[],
): Array<{ id: string; label: string; questions: Q[] }> {
  return LEVELS_AND_UNRATED.map(({ id, label }) => ({
    id,
    label,
    questions: questions.filter((question) => question.data.difficulty === id),
  })).filter(({ id, questions: inLevel }) => id !== UNRATED || inLevel.length > 0);
}

// A start tag, and one id or href attribute in it; text between tags is never touched.
const START_TAG = /<[a-zA-Z][^<>]*>/g;
const ATTRIBUTE = /(\s)(id|href)="([^"]*)"/g;

function absoluteHref(value: string, pageUrl: string): string {
  try {
    const href = new URL(value.replaceAll('&amp;', '&'), pageUrl).href;
    return href.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  } catch {
    return value;
  }
}

/**
 * One answer's HTML made fit to share a page with others: its ids (sections, code blocks) get the question's
 * prefix, so they stay unique and in-answer links keep working, and every other link becomes absolute, so
 * paper shows where it goes. Long code is not collapsed. `pageUrl` is the address of the question's own page.
 */
export function answerForPrint(html: string, prefix: string, pageUrl: string): string {
  return html.replace(START_TAG, (tag) =>
    tag.replace(' data-collapsed=""', '').replace(ATTRIBUTE, (_match, space: string, name: string, value: string) => {
      if (name === 'id') return `${space}id="${prefix}-${value}"`;
      if (value.startsWith('#')) return `${space}href="#${prefix}-${value.slice(1)}"`;
      return `${space}href="${absoluteHref(value, pageUrl)}"`;
    }),
  );
}

/** True for the address of a print view (kept out of the sitemap: each stands for its set's page); `base` as configured. */
export function isPrintView(page: string, base: string): boolean {
  return new URL(page).pathname.startsWith(`${baseFolder(base)}print/`);
}
