/** Code blocks and anchors: copy code, wrap, show all, copy links (question, sections, blocks, lines), land on `#id`. */

const live = document.getElementById('announcer');
// The canonical link carries the configured site URL and base path, so copied links point at the published page.
const page = (document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).split('#')[0];
const RANGE = /^(.+?)-L(\d+)(?:-L(\d+))?$/;

function say(message: string): void {
  if (!live) return;
  // Emptied first, so the same message twice is announced twice.
  live.textContent = '';
  setTimeout(() => {
    live.textContent = message;
  }, 100);
}

async function copy(text: string, done: string, control: HTMLElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    say('Copy failed');
    return;
  }
  say(done);
  if (!control || control.dataset.copied !== undefined) return;
  const label = control.textContent;
  control.dataset.copied = '';
  if (label) control.textContent = 'Copied';
  setTimeout(() => {
    delete control.dataset.copied;
    if (label) control.textContent = label;
  }, 1500);
}

function linesOf(frame: Element): HTMLElement[] {
  return [...frame.querySelectorAll<HTMLElement>('.line')];
}

function expand(frame: HTMLElement, open = true): void {
  const more = frame.querySelector('.code-more');
  if (!more) return;
  frame.toggleAttribute('data-collapsed', !open);
  more.setAttribute('aria-expanded', String(open));
  more.textContent = open ? 'Show fewer lines' : `Show all ${frame.dataset.lines} lines`;
}

function mark(frame: HTMLElement, from: number, to: number): HTMLElement | undefined {
  for (const line of document.querySelectorAll('.hl')) line.classList.remove('hl');
  const lines = linesOf(frame);
  for (const line of lines.slice(from - 1, to)) line.classList.add('hl');
  return lines[from - 1];
}

function flash(element: HTMLElement): void {
  element.removeAttribute('data-landed');
  // Reading layout restarts the animation when the same place is landed on again.
  void element.offsetWidth;
  element.setAttribute('data-landed', '');
}

/** Opens the place `location.hash` names: a section, a block, or lines of a block (`#code-3-L4-L9`). */
function land(): void {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape stays as typed; it matches no id.
  }
  const range = RANGE.exec(id);
  const frame = range ? document.getElementById(range[1] ?? '') : null;
  let target: HTMLElement | null | undefined;
  let scroll = false;
  if (range && frame?.matches('.code')) {
    const [from, to] = [Number(range[2]), Number(range[3] ?? range[2])].sort((a, b) => a - b) as [number, number];
    expand(frame);
    target = mark(frame, from, to) ?? frame;
    frame.dataset.from = String(from);
    scroll = true;
  } else {
    target = id ? document.getElementById(id) : null;
    const holder = target?.parentElement?.closest<HTMLElement>('.code[data-collapsed]');
    if (holder) expand(holder);
    scroll = !!holder;
  }
  if (!target) return;
  if (scroll) target.scrollIntoView({ block: 'start' });
  flash(target.closest<HTMLElement>('.heading-wrap, .code') ?? target);
}

function selectLines(event: MouseEvent, line: HTMLElement, frame: HTMLElement): void {
  const n = linesOf(frame).indexOf(line) + 1;
  const start = event.shiftKey && frame.dataset.from ? Number(frame.dataset.from) : n;
  if (!event.shiftKey) frame.dataset.from = String(n);
  else getSelection()?.removeAllRanges();
  const [from, to] = start < n ? [start, n] : [n, start];
  mark(frame, from, to);
  const hash = `#${frame.id}-L${from}${to > from ? `-L${to}` : ''}`;
  history.replaceState(null, '', hash);
  const what = to > from ? `lines ${from} to ${to}` : `line ${from}`;
  void copy(page + hash, `Link to ${what} copied`, frame.querySelector('.code-tools .anchor'));
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const control = target?.closest<HTMLElement>('.anchor, .chat-copy, .code-copy, .code-wrap, .code-more');
  const frame = target?.closest<HTMLElement>('.code');
  if (control instanceof HTMLAnchorElement) {
    event.preventDefault();
    history.replaceState(null, '', control.hash || location.pathname);
    void copy(page + control.hash, 'Link copied', control);
  } else if (control?.matches('.chat-copy')) {
    void copy(control.dataset.copy ?? '', 'Question copied for chat', control);
  } else if (!frame) {
    return;
  } else if (control?.matches('.code-copy')) {
    void copy(frame.querySelector('code')?.textContent ?? '', 'Code copied', control);
  } else if (control?.matches('.code-wrap')) {
    control.setAttribute('aria-pressed', String(frame.toggleAttribute('data-wrap')));
  } else if (control) {
    const opening = frame.hasAttribute('data-collapsed');
    expand(frame, opening);
    if (!opening && frame.getBoundingClientRect().top < 0) frame.scrollIntoView();
  } else if (target?.matches('.line')) {
    // A click on the line itself, not a token, left of the text: the line number.
    const gutter = Number.parseFloat(getComputedStyle(target, '::before').width);
    const pre = frame.querySelector('pre');
    if (pre && event.clientX - pre.getBoundingClientRect().left < gutter) selectLines(event, target as HTMLElement, frame);
  }
});

// Find in page scrolls a collapsed block to a hidden match: open the block instead.
document.addEventListener(
  'scroll',
  (event) => {
    const pre = event.target;
    if (pre instanceof HTMLPreElement && pre.scrollTop > 0) {
      const frame = pre.closest<HTMLElement>('.code[data-collapsed]');
      if (frame) expand(frame);
    }
  },
  true,
);
addEventListener('hashchange', land);
land();
