/** A mock interview's pure parts: the difficulty mix and time in its URL, picking by mix, and the summary as Markdown. */
import { LEVELS_AND_UNRATED } from './difficulty.ts';
import type { PracticeEntry } from './practice-set.ts';

/** How many questions of one difficulty level to ask. */
export interface MixPart {
  level: string;
  count: number;
}

/** The lengths offered per question, in minutes; a URL may name any whole number of minutes up to MAX_MINUTES. */
export const MOCK_MINUTES: readonly number[] = [2, 5, 10];
const MAX_MINUTES = 60;
const LEVEL_IDS: readonly string[] = LEVELS_AND_UNRATED.map((level) => level.id);

/** The mix a `mix=easy-2,hard-1` parameter names, in level order; unknown levels, bad counts and repeats are dropped. */
export function readMix(text: string | null, max: number): MixPart[] {
  const counts = new Map<string, number>();
  for (const part of (text ?? '').split(',')) {
    const match = /^([a-z]+)-(\d{1,4})$/.exec(part.trim());
    if (!match || !LEVEL_IDS.includes(match[1] as string) || counts.has(match[1] as string)) continue;
    const count = Math.min(Number(match[2]), max);
    if (count > 0) counts.set(match[1] as string, count);
  }
  return LEVEL_IDS.flatMap((level) => (counts.has(level) ? [{ level, count: counts.get(level) as number }] : []));
}

/** The `mix` parameter's text for a mix: `easy-2,hard-1`. */
export function mixText(mix: readonly MixPart[]): string {
  return mix.map((part) => `${part.level}-${part.count}`).join(',');
}

/** Minutes per question from a `time` parameter: a whole number from 1 to 60, else 0 (not chosen). */
export function readMinutes(text: string | null): number {
  const minutes = /^\d{1,3}$/.test(text ?? '') ? Number(text) : 0;
  return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : 0;
}

/** The first questions of each level, up to its count, from `entries` already in seeded order; that order is kept. */
export function pickByMix<T extends Pick<PracticeEntry, 'difficulty'>>(entries: readonly T[], mix: readonly MixPart[]): T[] {
  const left = new Map(mix.map((part) => [part.level, part.count]));
  return entries.filter((entry) => {
    const count = left.get(entry.difficulty) ?? 0;
    if (count > 0) left.set(entry.difficulty, count - 1);
    return count > 0;
  });
}

/** Questions per level in a set, in level order, levels the set lacks left out: what the mix form offers. */
export function levelCounts(entries: readonly Pick<PracticeEntry, 'difficulty'>[]): MixPart[] {
  return LEVEL_IDS.flatMap((level) => {
    const count = entries.filter((entry) => entry.difficulty === level).length;
    return count > 0 ? [{ level, count }] : [];
  });
}

/** `total` questions spread over the levels in proportion to what the set has (largest remainders first), never more than there are. */
export function defaultMix(available: readonly MixPart[], total: number): MixPart[] {
  const all = available.reduce((sum, part) => sum + part.count, 0);
  const wanted = Math.min(Math.max(total, 0), all);
  if (wanted === 0) return available.map((part) => ({ ...part, count: 0 }));
  const shares = available.map((part) => (part.count * wanted) / all);
  const mix = available.map((part, index) => ({ level: part.level, count: Math.floor(shares[index] as number) }));
  let left = wanted - mix.reduce((sum, part) => sum + part.count, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    const part = mix[index] as MixPart;
    if (part.count < (available[index] as MixPart).count) {
      part.count++;
      left--;
    }
  }
  return mix;
}

/** "m:ss" for a duration in milliseconds, rounded down to the second. */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** How a question's answer came to be shown: the reader asked before time was up, or time ran out. */
export type Reveal = 'early' | 'time';

/** One asked question as the summary reports it. */
export interface MockResult {
  title: string;
  url: string;
  spentMs: number;
  reveal?: Reveal | undefined;
  rating?: string | undefined;
  notes: string;
}

export function revealText(reveal: Reveal | undefined): string {
  if (reveal === 'early') return 'answer revealed early';
  return reveal === 'time' ? 'answer shown when time was up' : 'answer not revealed';
}

/** The result line of a question: time taken of the limit, how the answer was shown, its rating if any. */
export function resultLine(result: MockResult, limitMs: number): string {
  const rating = result.rating ? `, rated ${result.rating}` : ', not rated';
  return `${clock(result.spentMs)} of ${clock(limitMs)}, ${revealText(result.reveal)}${rating}`;
}

const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);

/** The summary a reader copies: the set and its address, then per question its linked title, result and notes (quoted). */
export function mockMarkdown(meta: { label: string; url: string; limitMs: number }, results: readonly MockResult[]): string {
  const lines = ['# Mock interview', '', `${escapeMarkdown(meta.label)}`, `<${meta.url}>`];
  results.forEach((result, index) => {
    lines.push('', `## ${index + 1}. [${escapeMarkdown(result.title)}](<${result.url}>)`, '', resultLine(result, meta.limitMs));
    const notes = result.notes.trim();
    if (notes) lines.push('', 'Notes:', '', ...notes.split(/\r?\n/).map((line) => (line ? `> ${line}` : '>')));
  });
  return `${lines.join('\n')}\n`;
}
