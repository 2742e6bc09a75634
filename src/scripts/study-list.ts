/** Study-list glue on every page: the Save / Mark as done buttons of a question, and Saved / Done badges on each [data-slug]. */
import { readState, STUDY_KEY, type StudyListName, toggle, writeState } from '../lib/study-list.ts';

const controls = document.querySelector<HTMLElement>('[data-study-controls]');
const current = controls?.dataset.studySlug ?? '';
const load = () => readState(() => localStorage.getItem(STUDY_KEY));
let state = load();

function badge(list: StudyListName, slug: string): Node[] {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-study-badge="${list}"]`);
  return template && state[list].includes(slug) ? [template.content.cloneNode(true)] : [];
}

function paint(): void {
  for (const button of controls?.querySelectorAll<HTMLElement>('[data-study]') ?? []) {
    button.setAttribute('aria-pressed', String(state[button.dataset.study as StudyListName].includes(current)));
  }
  for (const item of document.querySelectorAll<HTMLElement>('[data-slug]')) {
    // Inside the link, so a screen reader announces the state with it; in the sidebar, in the title's column.
    const host = item.querySelector('a .flex-1') ?? item.querySelector('a') ?? item;
    let box = host.querySelector('[data-study-badges]');
    if (!box) {
      box = document.createElement('span');
      box.setAttribute('data-study-badges', '');
      box.className = 'ml-2 inline-flex gap-1 align-middle empty:hidden';
      host.append(box);
    }
    const slug = item.dataset.slug ?? '';
    box.replaceChildren(...badge('saved', slug), ...badge('done', slug));
  }
}

function refresh(): void {
  state = load();
  paint();
}

if (controls && current) {
  controls.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-study]');
    if (!button) return;
    state = toggle(state, button.dataset.study as StudyListName, current);
    writeState((value) => localStorage.setItem(STUDY_KEY, value), state);
    paint();
  });
}
// Another tab changed the list, or the back button restored this page from the cache with old badges.
addEventListener('storage', (event) => {
  if (event.key === STUDY_KEY || event.key === null) refresh();
});
addEventListener('pageshow', (event) => {
  if (event.persisted) refresh();
});
paint();
