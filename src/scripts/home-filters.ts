/** Home filters: hide questions outside the chosen difficulties and topic, keep the choice in the URL. */
import { shownCount } from '../lib/difficulty.ts';

const form = document.querySelector<HTMLFormElement>('[data-filters]');

if (form) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-home-list] .question-item')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-topic-group]')];
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const params = new URLSearchParams(location.search);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="difficulty"]'))
    box.checked = params.getAll('difficulty').includes(box.value);
  const select = form.querySelector<HTMLSelectElement>('select[name="topic"]');
  if (select) select.value = params.get('topic') ?? '';

  const apply = () => {
    const data = new FormData(form);
    const levels = data.getAll('difficulty').map(String);
    const topic = String(data.get('topic') ?? '');
    const seen = new Set<string>();
    for (const item of items) {
      const show =
        (levels.length === 0 || levels.includes(item.dataset.difficulty ?? '')) &&
        (!topic || (item.dataset.topics ?? '').split(' ').includes(topic));
      item.hidden = !show;
      if (show) seen.add(item.dataset.slug ?? '');
    }
    for (const group of groups) group.hidden = !group.querySelector('.question-item:not([hidden])');
    if (status) status.textContent = shownCount(seen.size);
    // Only our own parameters change: others (a search's `q`) belong to other features.
    const query = new URLSearchParams(location.search);
    query.delete('difficulty');
    query.delete('topic');
    for (const level of levels) query.append('difficulty', level);
    if (topic) query.set('topic', topic);
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
