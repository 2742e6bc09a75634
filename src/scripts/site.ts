/** What every page runs, as one bundle: theme switch, keyboard shortcuts, study-list badges, the search trigger, the service worker. */
import { sitePath } from '../lib/urls.ts';
import './theme.ts';
import './shortcuts.ts';
import './study-list.ts';
import './search-trigger.ts';

// The worker (src/scripts/service-worker.js) registers once the page has loaded: the page waits for nothing of it.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register(sitePath('sw.js'), { updateViaCache: 'none' }).catch(() => {}));
}
