/** The search panel's controls: the search they describe, and how many matches each filter value has. */
import type { FilterCounts } from '../lib/search-client.ts';
import type { SearchState } from '../lib/search-state.ts';

/** The search the box and the filter controls describe now. */
export function readForm(form: HTMLFormElement, input: HTMLInputElement): SearchState {
  const data = new FormData(form);
  return {
    query: input.value,
    difficulty: data.getAll('difficulty').map(String),
    topic: String(data.get('topic') ?? ''),
    bank: String(data.get('bank') ?? ''),
    sort: data.get('sort') === 'number' ? 'number' : 'relevance',
  };
}

function select(form: HTMLFormElement, name: string): HTMLSelectElement | undefined {
  const control = form.elements.namedItem(name);
  return control instanceof HTMLSelectElement ? control : undefined;
}

/** Sets the box and the controls to `state`; values no control offers are dropped. */
export function writeForm(form: HTMLFormElement, input: HTMLInputElement, state: SearchState): void {
  input.value = state.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="difficulty"]')) {
    box.checked = state.difficulty.includes(box.value);
  }
  for (const [name, value] of [
    ['topic', state.topic],
    ['bank', state.bank],
    ['sort', state.sort],
  ] as const) {
    const control = select(form, name);
    if (!control) continue;
    const offered = [...control.options].some((option) => option.value === value);
    control.value = offered ? value : (control.options[0]?.value ?? '');
  }
}

/** Writes the number of matches next to each difficulty level and in each topic and bank option. */
export function showCounts(form: HTMLFormElement, counts: FilterCounts): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-count]')) {
    slot.textContent = String(counts.difficulty?.[slot.dataset.count ?? ''] ?? 0);
  }
  for (const name of ['topic', 'bank']) {
    for (const option of select(form, name)?.options ?? []) {
      if (option.dataset.name) option.textContent = `${option.dataset.name} (${counts[name]?.[option.value] ?? 0})`;
    }
  }
}
