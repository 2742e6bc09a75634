/** Keyboard shortcuts: `/` or Ctrl/Cmd+K focus search; `j`/`]` and `k`/`[` go to the next/previous question. */

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.defaultPrevented) return;
  const search = document.querySelector<HTMLInputElement>('[data-search] input');
  if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing(event.target))) {
    if (!search) return;
    event.preventDefault();
    // The box sits in the sticky header: a plain focus() would scroll the page back to its top.
    search.focus({ preventScroll: true });
    search.select();
    return;
  }
  if (event.ctrlKey || event.metaKey || typing(event.target)) return;
  const rel = event.key === 'j' || event.key === ']' ? 'next' : event.key === 'k' || event.key === '[' ? 'prev' : '';
  const link = rel ? document.querySelector<HTMLAnchorElement>(`link[rel="${rel}"], a[rel="${rel}"]`) : null;
  if (link?.href) location.href = link.href;
});
