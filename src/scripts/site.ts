/** What every page runs, as one bundle: theme switch, keyboard shortcuts, study-list badges, the search trigger. */
import './theme.ts';
import './shortcuts.ts';
import './study-list.ts';
import './search-trigger.ts';
