/** The practice page's progress tools: export and import of all progress as JSON, reset with confirmation, a set as CSV for Anki. */
import type { PracticeCatalog } from '../lib/practice-set.ts';
import { emptyPractice, PRACTICE_KEY, readPractice, writePractice } from '../lib/practice-store.ts';
import { ankiCsv, exportProgress, parseImport } from '../lib/practice-transfer.ts';
import { readState, STUDY_KEY, writeState } from '../lib/study-list.ts';

function download(name: string, type: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Wires Export, Import and Reset; `changed` redraws what depends on the stored progress. */
export function wireProgressTools(changed: () => void): void {
  const tools = document.querySelector<HTMLElement>('[data-progress-tools]');
  const status = tools?.querySelector<HTMLElement>('[data-progress-status]');
  if (!tools || !status) return;
  const say = (text: string) => {
    status.textContent = text;
  };
  tools.querySelector('[data-export]')?.addEventListener('click', () => {
    const practice = readPractice(() => localStorage.getItem(PRACTICE_KEY)).state;
    const study = readState(() => localStorage.getItem(STUDY_KEY));
    const now = new Date();
    download(
      `interview-bank-progress-${now.toISOString().slice(0, 10)}.json`,
      'application/json',
      exportProgress(practice, study, now),
    );
    say('Progress exported: import the file on another browser to carry on there.');
  });
  const input = tools.querySelector<HTMLInputElement>('[data-import]');
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseImport(await file.text());
    if ('error' in result) return say(result.error);
    const stored =
      writePractice((value) => localStorage.setItem(PRACTICE_KEY, value), result.practice) &&
      writeState((value) => localStorage.setItem(STUDY_KEY, value), result.study);
    if (!stored) return say('Your browser refused to store the imported progress.');
    const practised = Object.keys(result.practice.cards).length;
    say(
      `${result.problem ? `${result.problem} ` : ''}Imported ${practised} practised question${practised === 1 ? '' : 's'} and a study list of ${result.study.saved.length}.`,
    );
    changed();
  });
  tools.querySelector('[data-reset]')?.addEventListener('click', () => {
    if (!confirm('Delete all practice progress in this browser? Your study list stays. This cannot be undone.')) return;
    writePractice((value) => localStorage.setItem(PRACTICE_KEY, value), emptyPractice());
    say('Practice progress deleted.');
    changed();
  });
}

/** Shows "Download this set as CSV for Anki" for the session's questions. */
export function wireCsv(catalog: PracticeCatalog, order: readonly string[]): void {
  const row = document.querySelector<HTMLElement>('[data-csv-row]');
  if (!row) return;
  row.hidden = false;
  row.querySelector('[data-csv]')?.addEventListener('click', () => {
    const bySlug = new Map(catalog.questions.map((entry) => [entry.slug, entry]));
    const entries = order.flatMap((slug) => bySlug.get(slug) ?? []);
    download('interview-bank-set.csv', 'text/csv', ankiCsv(entries, location.origin));
  });
}
