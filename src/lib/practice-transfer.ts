/** Progress that moves: all of it as one JSON file (practice and study list) and back, and a set as CSV that Anki imports. */
import type { PracticeEntry } from './practice-set.ts';
import { type PracticeState, parsePractice } from './practice-store.ts';
import { parseState, type StudyState } from './study-list.ts';

const FORMAT = 'interview-bank-progress';

/** The file's content: both stored states, under a format name and version so an import can tell what it reads. */
export function exportProgress(practice: PracticeState, study: StudyState, now: Date): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, exportedAt: now.toISOString(), practice, study }, null, 2)}\n`;
}

/** What an imported file restores, with a sentence when part of it had to be repaired; or the reason it cannot be read. */
export type Imported = { practice: PracticeState; study: StudyState; problem?: string } | { error: string };

export function parseImport(text: string): Imported {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'This file is not a progress export: it is not JSON.' };
  }
  const file = data as { format?: unknown; version?: unknown; practice?: unknown; study?: unknown } | null;
  if (typeof file !== 'object' || file === null || file.format !== FORMAT) {
    return { error: 'This file is not a progress export of this site.' };
  }
  if (file.version !== 1) return { error: `This export has a version this site cannot read (${String(file.version)}).` };
  const practice = parsePractice(JSON.stringify(file.practice ?? null));
  const study = parseState(JSON.stringify(file.study ?? null));
  return practice.problem ? { practice: practice.state, study, problem: practice.problem } : { practice: practice.state, study };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const html = (text: string) => text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] ?? char);

/** One CSV field: quoted, inner quotes doubled, so commas, quotes and line breaks stay inside it (RFC 4180). */
export function csvField(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * A set as CSV for Anki: front is the question and a link to its page, back the answer's one-line summary. The
 * header lines tell Anki the separator and that fields are HTML, so text from the bank is escaped as HTML.
 */
export function ankiCsv(entries: ReadonlyArray<PracticeEntry & { summary: string }>, origin: string): string {
  const rows = entries.map((entry) => {
    const url = new URL(entry.url, origin).href;
    const front = `${html(entry.title)}<br><a href="${html(url)}">${html(url)}</a>`;
    return `${csvField(front)},${csvField(html(entry.summary))}`;
  });
  return ['#separator:comma', '#html:true', '#columns:Front,Back', ...rows].join('\n').concat('\n');
}
