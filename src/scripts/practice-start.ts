/** The practice page without a set: the start form (plain HTML) and what is due for review, per bank and topic. */
import type { PracticeCatalog } from '../lib/practice-set.ts';
import type { StoredCard } from '../lib/practice-store.ts';
import { dueCounts } from '../lib/practice-summary.ts';

function row(label: string, count: number, href: string, nested: boolean): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const name = document.createElement('th');
  name.scope = 'row';
  name.className = `py-1 font-normal ${nested ? 'pl-3' : 'font-semibold'}`;
  const link = document.createElement('a');
  link.className = 'underline';
  link.href = href;
  link.textContent = label;
  name.append(link);
  const cell = document.createElement('td');
  cell.className = 'py-1 tabular-nums';
  cell.textContent = String(count);
  tr.append(name, cell);
  return tr;
}

export function showStart(catalog: PracticeCatalog, cards: Record<string, StoredCard>, page: string): void {
  const start = document.querySelector<HTMLElement>('[data-start]');
  if (!start) return;
  start.hidden = false;
  const banks = dueCounts(catalog.questions, cards, new Date());
  const total = banks.reduce((sum, bank) => sum + bank.due, 0);
  const some = start.querySelector<HTMLElement>('[data-due-some]');
  const none = start.querySelector<HTMLElement>('[data-due-none]');
  if (!some || !none) return;
  none.hidden = total > 0;
  some.hidden = total === 0;
  const all = start.querySelector<HTMLElement>('[data-due-all]');
  if (all) all.textContent = `Review all ${total} due`;
  start
    .querySelector('[data-due-rows]')
    ?.replaceChildren(
      ...banks.flatMap((bank) => [
        row(catalog.banks[bank.bank] ?? bank.bank, bank.due, `${page}?bank=${bank.bank}&due=1`, false),
        ...bank.topics.map(({ topic, due }) =>
          row(catalog.topics[topic] ?? topic, due, `${page}?bank=${bank.bank}&topic=${topic}&due=1`, true),
        ),
      ]),
    );
}
