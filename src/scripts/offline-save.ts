/** "Available offline": shows a set's size, asks the service worker to save it (pages, assets, search index), shows progress and the done state. */
import { cachePrefix, formatBytes, OFFLINE_FILES, type OfflineFileList, setBytes } from '../lib/offline.ts';
import { readState, STUDY_KEY } from '../lib/study-list.ts';
import { sitePath } from '../lib/urls.ts';

interface SavedSet {
  id: string;
  pages: string[];
}

function studyListPages(): string[] {
  const state = readState(() => localStorage.getItem(STUDY_KEY));
  return ['list/', ...state.saved.map((slug) => `questions/${slug}/`)];
}

/** The sets saved in the current version's cache (the worker keeps one version's cache at a time once it is active). */
async function savedSets(): Promise<SavedSet[]> {
  const prefix = cachePrefix(sitePath());
  for (const name of await caches.keys()) {
    if (!name.startsWith(prefix)) continue;
    const response = await (await caches.open(name)).match(sitePath('offline/saved-sets.json'));
    if (response) return (await response.json()) as SavedSet[];
  }
  return [];
}

async function setUp(root: HTMLElement): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('[data-offline-button]');
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!button || !progress || !status) return;
  // The set's id is the page's path under the base, as the file list keys pages.
  const id = decodeURIComponent(location.pathname)
    .slice(sitePath().length)
    .replace(/(^|\/)index\.html$/, '$1');
  const list = (await (await fetch(sitePath(OFFLINE_FILES.list))).json()) as OfflineFileList;
  const pages = root.dataset.studyList === undefined ? (list.sets[id] ?? []) : studyListPages();
  const size = formatBytes(setBytes(list, pages));
  const saved = (await savedSets()).find((set) => set.id === id);
  // The button stays (pressing it again checks the saved copy is whole), so nothing on the page moves.
  const done = () => {
    button.disabled = false;
    progress.hidden = true;
    status.textContent = `Available offline on this device (${size}).`;
  };
  if (saved && pages.every((page) => saved.pages.includes(page))) done();
  else status.textContent = `${size} to download.`;

  button.addEventListener('click', async () => {
    button.disabled = true;
    progress.hidden = false;
    status.textContent = `Saving… 0 of ${size}`;
    // Without a registration (storage blocked, private modes) `ready` would never settle.
    if (!(await navigator.serviceWorker.getRegistration())) {
      button.disabled = false;
      progress.hidden = true;
      status.textContent = 'This browser did not let the site keep pages for offline reading.';
      return;
    }
    const worker = (await navigator.serviceWorker.ready).active;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      if (data.error) {
        button.disabled = false;
        progress.hidden = true;
        status.textContent =
          data.error === 'outdated'
            ? 'The site was just updated: reload the page, then try again.'
            : 'Saving stopped: check your connection and try again.';
      } else if (data.saved) done();
      else {
        progress.value = data.done / data.total;
        status.textContent = `Saving… ${formatBytes(data.done)} of ${size}`;
      }
    };
    worker?.postMessage({ type: 'save', id, pages, version: list.version }, [channel.port2]);
  });
}

const root = document.querySelector<HTMLElement>('[data-offline-save]');
if (root) {
  const unavailable = (text: string) => {
    root.querySelector('button')?.setAttribute('disabled', '');
    const status = root.querySelector('[data-offline-status]');
    if (status) status.textContent = text;
  };
  if ('serviceWorker' in navigator && 'caches' in window) {
    void setUp(root).catch(() => unavailable('Saving for offline reading needs a connection now: try again later.'));
  } else unavailable('This browser cannot keep pages for offline reading.');
}
