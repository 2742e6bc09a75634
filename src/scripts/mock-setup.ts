/** The mock interview's set-up form: questions per difficulty level present in the set, and minutes per question. */
import { defaultMix, levelCounts, type MixPart } from '../lib/mock-interview.ts';
import { newSeed, type PracticeEntry, type PracticeSet, setQuery } from '../lib/practice-set.ts';

// Without a size, a mock interview proposes this many questions, as many as a real first round asks.
const PROPOSED = 5;

export function showMockSetup(set: PracticeSet, members: readonly PracticeEntry[], page: string): void {
  const form = document.querySelector<HTMLFormElement>('[data-mock-setup]');
  const total = form?.querySelector<HTMLElement>('[data-mock-total]');
  const time = form?.querySelector<HTMLSelectElement>('select[name="time"]');
  if (!form || !total || !time) return;
  form.hidden = false;
  const available = levelCounts(members);
  // A mix from the URL (a link without a time) is kept; otherwise the size, or five, spread over the levels.
  const proposed = set.mix.length > 0 ? set.mix : defaultMix(available, set.size || PROPOSED);
  const inputs = new Map<string, HTMLInputElement>();
  for (const label of form.querySelectorAll<HTMLElement>('[data-mock-level]')) {
    const level = label.dataset.mockLevel ?? '';
    const count = available.find((part) => part.level === level)?.count ?? 0;
    const input = label.querySelector('input');
    // Levels the set lacks are not offered.
    label.hidden = count === 0;
    if (!input || count === 0) continue;
    input.max = String(count);
    input.value = String(Math.min(proposed.find((part) => part.level === level)?.count ?? 0, count));
    const note = label.querySelector('[data-mock-available]');
    if (note) note.textContent = `(${count} in this set)`;
    inputs.set(level, input);
  }
  if (set.time > 0 && ![...time.options].some((option) => option.value === String(set.time))) {
    time.add(new Option(`${set.time} minutes`, String(set.time)));
  }
  if (set.time > 0) time.value = String(set.time);

  const chosen = (): MixPart[] =>
    [...inputs].flatMap(([level, input]) => {
      const count = Math.min(Math.max(Math.trunc(input.valueAsNumber) || 0, 0), Number(input.max));
      return count > 0 ? [{ level, count }] : [];
    });
  const update = () => {
    const count = chosen().reduce((sum, part) => sum + part.count, 0);
    total.textContent = `${count} question${count === 1 ? '' : 's'}, ${time.value} minutes each.`;
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const mix = chosen();
    if (mix.length === 0) {
      total.textContent = 'Choose at least one question.';
      return;
    }
    const mock: PracticeSet = { ...set, mock: true, mix, size: 0, time: Number(time.value), seed: set.seed || newSeed() };
    location.assign(`${page}${setQuery(mock)}`);
  });
  update();
}
