/** The study list's print view: the saved (or shared) questions in the reader's order, each answer fetched from its page. */

import type { Difficulty } from '../lib/difficulty.ts';
import { difficultyWord } from '../lib/difficulty.ts';
import { type Catalog, type CatalogEntry, parseShared, splitKnown } from '../lib/my-list.ts';
import { answerForPrint } from '../lib/print.ts';
import { readState, STUDY_KEY } from '../lib/study-list.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The same markup as src/components/print/PrintAnswer.astro, the answer taken from the question's own page. */
async function printAnswer(slug: string, entry: CatalogEntry): Promise<HTMLElement> {
  const pageUrl = new URL(entry.url, location.href).href;
  const article = element('article');
  article.className = 'print-question';
  article.id = `q-${slug}`;
  article.setAttribute('aria-labelledby', `q-${slug}-title`);
  const header = element('header');
  header.className = 'print-question-head';
  const title = element('h2', `Q${entry.number}: ${entry.title}`);
  title.id = `q-${slug}-title`;
  const facts = element('p', `${difficultyWord(entry.difficulty as Difficulty, null)} · `);
  const link = element('a', pageUrl);
  link.className = 'print-url';
  link.href = pageUrl;
  facts.append(link);
  header.append(title, facts);
  const body = element('div');
  body.className = 'prose';
  try {
    const response = await fetch(pageUrl);
    if (!response.ok) throw new Error(`${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const prose = page.querySelector('[data-pagefind-body] .prose');
    if (!prose) throw new Error('no answer');
    body.innerHTML = answerForPrint(prose.innerHTML, slug, pageUrl);
  } catch {
    body.append(element('p', 'This answer could not be loaded (offline?). Open it at the address above.'));
  }
  article.append(header, body);
  return article;
}

async function fill(root: HTMLElement): Promise<void> {
  const catalog = JSON.parse(document.getElementById('study-catalog')?.textContent ?? '{}') as Catalog;
  const wanted = parseShared(location.search) ?? readState(() => localStorage.getItem(STUDY_KEY)).saved;
  const { known } = splitKnown(wanted, catalog);
  const count = root.querySelector('[data-print-count]');
  const status = root.querySelector('[data-print-status]');
  const toc = root.querySelector('[data-print-toc]');
  const answers = root.querySelector('[data-print-answers]');
  if (!count || !status || !toc || !answers) return;
  count.textContent =
    known.length === 0
      ? 'Your list is empty: open a question and press “Save”.'
      : `${known.length} question${known.length === 1 ? '' : 's'}`;
  for (const slug of known) {
    const entry = catalog[slug] as CatalogEntry;
    const item = element('li');
    const link = element('a', `Q${entry.number}: ${entry.title}`);
    link.href = `#q-${slug}`;
    item.append(link);
    toc.append(item);
  }
  if (known.length === 0) return;
  status.textContent = `Loading ${known.length} answers…`;
  answers.append(...(await Promise.all(known.map((slug) => printAnswer(slug, catalog[slug] as CatalogEntry)))));
  status.textContent = 'Ready to print.';
  root.dataset.ready = '';
}

const root = document.querySelector<HTMLElement>('[data-print-list]');
if (root) void fill(root);
