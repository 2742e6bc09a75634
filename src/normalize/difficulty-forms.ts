/**
 * The forms banks write difficulty in, beyond `**Difficulty: Hard**`: a plain `Level: Senior` line, a `[Easy]` or
 * `(Hard)` tag or a star or emoji rating on the question's title, a line of stars. Each maps onto the one scale.
 */
import type { RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { DIFFICULTY_LEVELS, type DifficultyLevel, levelForWord } from '../lib/difficulty.ts';

/** Words banks use for the levels, beside the levels' own names. */
const SYNONYMS: Readonly<Record<string, DifficultyLevel>> = {
  beginner: 'easy',
  basic: 'easy',
  junior: 'easy',
  entry: 'easy',
  intermediate: 'medium',
  mid: 'medium',
  'mid-level': 'medium',
  middle: 'medium',
  moderate: 'medium',
  senior: 'hard',
  difficult: 'hard',
  lead: 'advanced',
  staff: 'expert',
  principal: 'expert',
};

/** Emoji that banks use as levels (a baby for beginners, a rocket for advanced, traffic-light circles). */
const EMOJI: Readonly<Record<string, DifficultyLevel>> = {
  '👶': 'easy',
  '🟢': 'easy',
  '🟡': 'medium',
  '🟠': 'hard',
  '🔴': 'hard',
  '🚀': 'advanced',
  '🔥': 'expert',
};

const STAR = /[⭐★🌟]/gu;
const STARS_ONLY = /^(?:[⭐★🌟☆]\uFE0F?\s*)+$/u;
const PLAIN_LABEL = /^(?:difficulty|level)\s*[:：]\s*(.{1,24})$/i;
const TITLE_TAG = /^\s*[[(]([^\])]{1,20})[\])]\s*|\s*[[(]([^\])]{1,20})[\])]\s*$/;
const TITLE_STARS = /\s*((?:[⭐★🌟☆]\uFE0F?){1,5})\s*$/u;
const TITLE_EMOJI = new RegExp(
  `^\\s*(${Object.keys(EMOJI).join('|')})\\uFE0F?\\s*|\\s*(${Object.keys(EMOJI).join('|')})\\uFE0F?\\s*$`,
  'u',
);

/** The level of a label in any known form (word, synonym, star count, emoji), or undefined. */
export function levelOfLabel(
  label: string,
  extraWords: Readonly<Record<string, DifficultyLevel>> = {},
): DifficultyLevel | undefined {
  const word = label.trim().toLowerCase();
  const direct = levelForWord(word, extraWords) ?? SYNONYMS[word] ?? EMOJI[word.replace(/\uFE0F/g, '')];
  if (direct) return direct;
  if (!STARS_ONLY.test(word)) return undefined;
  const stars = word.match(STAR)?.length ?? 0;
  return DIFFICULTY_LEVELS.find((level) => level.rank === Math.min(Math.max(stars, 1), DIFFICULTY_LEVELS.length))?.id;
}

/** A paragraph that is only a plain `Level: Senior` label or a line of stars, when the label maps to a level. */
export function plainLabel(block: RootContent, extraWords: Readonly<Record<string, DifficultyLevel>> = {}): string | undefined {
  if (block.type !== 'paragraph') return undefined;
  const text = plainText(block).trim();
  if (text.includes('\n')) return undefined;
  const label = PLAIN_LABEL.exec(text)?.[1]?.trim() ?? (STARS_ONLY.test(text) ? text : undefined);
  return label !== undefined && levelOfLabel(label, extraWords) ? label : undefined;
}

/** A level tag on a title (`[Easy] What is X?`, `What is X? (Hard)`, `What is X ⭐⭐`, `🚀 What is X`): the label and the bare title. */
export function titleLabel(
  title: string,
  extraWords: Readonly<Record<string, DifficultyLevel>> = {},
): { label: string; title: string } | undefined {
  for (const pattern of [TITLE_TAG, TITLE_STARS, TITLE_EMOJI]) {
    const match = pattern.exec(title);
    const label = match?.slice(1).find((group) => group !== undefined);
    if (!match || !label || !levelOfLabel(label, extraWords)) continue;
    const bare = (title.slice(0, match.index) + title.slice(match.index + match[0].length)).trim();
    if (bare) return { label, title: bare };
  }
  return undefined;
}
