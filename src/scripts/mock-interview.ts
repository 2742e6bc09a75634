/** A mock interview on top of a practice session: a timer per question, a notes box, and a summary to copy as Markdown. */
import { clock, type MockResult, mockMarkdown, resultLine } from '../lib/mock-interview.ts';
import type { PracticeCatalog } from '../lib/practice-set.ts';
import { ANSWER_LABELS, type MockRecord, type Session } from '../lib/practice-store.ts';
import { type SessionControls, type SessionExtension, say } from './practice-session.ts';

function part<T extends HTMLElement>(name: string): T {
  const node = document.querySelector<T>(`[${name}]`);
  if (!node) throw new Error(`mock interview: no [${name}]`);
  return node;
}

/** What the summary's Markdown starts with: the set's description and its address. */
export interface MockMeta {
  label: string;
  url: string;
  minutes: number;
}

export function mockInterview(
  catalog: PracticeCatalog,
  session: Session & { mock: MockRecord },
  meta: MockMeta,
): (controls: SessionControls) => SessionExtension {
  const limit = meta.minutes * 60_000;
  const record = session.mock;
  const timer = part('data-timer');
  const notesRow = part('data-notes-row');
  const notes = part<HTMLTextAreaElement>('data-notes');
  const entries = new Map(catalog.questions.map((entry) => [entry.slug, entry]));

  return (controls) => {
    let slug = '';
    let ticking: ReturnType<typeof setInterval> | undefined;
    let last = 0;

    const spent = () => record.spent[slug] ?? 0;
    const paint = () => {
      const how = record.reveals[slug];
      if (how === 'time') timer.textContent = `Time is up (${clock(limit)}).`;
      else if (how === 'early') timer.textContent = `Answered in ${clock(spent())} of ${clock(limit)}.`;
      else timer.textContent = `Time left: ${clock(limit - spent())}`;
    };
    // Time is counted from the clock, not the ticks, so a slow or throttled tab still counts it right.
    const count = () => {
      const now = Date.now();
      record.spent[slug] = Math.min(spent() + now - last, limit);
      last = now;
    };
    const stop = () => {
      if (ticking === undefined) return;
      clearInterval(ticking);
      ticking = undefined;
      count();
      controls.store();
    };
    const tick = () => {
      count();
      if (spent() < limit) {
        controls.store();
        return paint();
      }
      stop();
      say('Time is up. The answer is shown.');
      controls.reveal('time');
    };

    notes.addEventListener('input', () => {
      if (notes.value) record.notes[slug] = notes.value;
      else delete record.notes[slug];
      controls.store();
    });

    const results = (): MockResult[] =>
      session.order.flatMap((each) => {
        const entry = entries.get(each);
        if (!entry) return [];
        const rating = session.ratings[each];
        return [
          {
            title: entry.title,
            url: new URL(entry.url, location.href).href,
            spentMs: record.spent[each] ?? 0,
            reveal: record.reveals[each],
            rating: rating && ANSWER_LABELS[rating],
            notes: record.notes[each] ?? '',
          },
        ];
      });

    const row = (result: MockResult): HTMLLIElement => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'font-semibold underline';
      link.href = result.url;
      link.textContent = result.title;
      const line = document.createElement('p');
      line.className = 'text-sm text-zinc-600 dark:text-zinc-400';
      line.textContent = resultLine(result, limit);
      item.append(link, line);
      if (result.notes.trim()) {
        const quote = document.createElement('blockquote');
        quote.className = 'mt-1 border-l-2 border-zinc-300 pl-3 dark:border-zinc-600';
        quote.append(
          ...result.notes.split('\n').flatMap((text, index) => (index ? [document.createElement('br'), text] : [text])),
        );
        item.append(quote);
      }
      return item;
    };

    const copy = part<HTMLButtonElement>('data-mock-copy');
    const markdown = part<HTMLTextAreaElement>('data-mock-markdown');
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(markdown.value);
        say('The summary was copied as Markdown.');
      } catch {
        say('Copy failed: select the Markdown below and copy it.');
      }
    });

    return {
      question(next) {
        stop();
        slug = next;
        timer.hidden = false;
        notesRow.hidden = false;
        if (notes.value !== (record.notes[slug] ?? '')) notes.value = record.notes[slug] ?? '';
        paint();
        if (record.reveals[slug]) return;
        // A reload at the very end of the time: show the answer once this drawing is done.
        if (spent() >= limit) return queueMicrotask(() => controls.reveal('time'));
        last = Date.now();
        ticking = setInterval(tick, 1000);
      },
      summary() {
        stop();
        const all = results();
        part('data-mock-result').hidden = false;
        part('data-mock-rows').replaceChildren(...all.map(row));
        markdown.value = mockMarkdown({ label: meta.label, url: meta.url, limitMs: limit }, all);
      },
    };
  };
}
