/** Known / learning / new for the questions a page lists, shown only once the reader has practised one of them. */
import { isDue, PRACTICE_KEY, readPractice, standings } from '../lib/practice-store.ts';
import { sitePath } from '../lib/urls.ts';

const line = document.querySelector<HTMLElement>('[data-practice-progress]');
if (line) {
  const { cards } = readPractice(() => localStorage.getItem(PRACTICE_KEY)).state;
  const slugs = [
    ...new Set([...document.querySelectorAll<HTMLElement>('main [data-slug]')].map((item) => item.dataset.slug ?? '')),
  ];
  const counts = standings(cards, slugs);
  if (counts.known + counts.learning > 0) {
    const now = new Date();
    const due = slugs.filter((slug) => isDue(cards[slug], now)).length;
    line.textContent = `Your progress: ${counts.known} known · ${counts.learning} learning · ${counts.new} new`;
    if (due > 0) {
      const link = document.createElement('a');
      link.className = 'underline';
      link.href = sitePath('practice/');
      link.textContent = `${due} due for review`;
      line.append(' · ', link);
    }
    line.hidden = false;
  }
}
