/** Search trigger: the panel's code loads on first use (focus on the box, or `?q=` in the URL), the highlighter on arrival from a result. */
// `?worker&url` makes Vite build the panel as a separate, self-contained file and hand over its URL (it never runs as a
// worker). A dynamic import() would do the same but add Vite's 1 KB gzip preload helper to every page.
import { sitePath } from '../lib/urls.ts';
import panelUrl from './search-ui.ts?worker&url';

const root = document.querySelector<HTMLElement>('[data-search]');
const params = new URLSearchParams(location.search);
let loading = false;

function open(): void {
  if (!root || loading) return;
  loading = true;
  root.dataset.opened = params.toString();
  const script = document.createElement('script');
  // A module in dev, where Vite serves it unbundled; the built file is a self-contained IIFE, which runs as either.
  script.type = 'module';
  script.src = panelUrl;
  script.onerror = () => {
    loading = false;
    script.remove();
  };
  document.head.append(script);
}

root?.querySelector('input')?.addEventListener('focus', open);
if (params.has('q')) open();

const highlight = root?.dataset.highlight;
if (highlight && params.has(highlight)) {
  const url = sitePath('pagefind/pagefind-highlight.js');
  import(/* @vite-ignore */ url).then((module: { default: new (options: object) => unknown }) => {
    new module.default({ highlightParam: highlight });
  });
}
