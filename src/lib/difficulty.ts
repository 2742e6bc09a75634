/** The one ordered difficulty scale that every source word maps onto. */

/** Levels in order, easiest first; the id is used in URLs and filters. */
export const DIFFICULTY_LEVELS = [
  { id: 'easy', label: 'Easy', rank: 1 },
  { id: 'medium', label: 'Medium', rank: 2 },
  { id: 'hard', label: 'Hard', rank: 3 },
  { id: 'advanced', label: 'Advanced', rank: 4 },
  { id: 'expert', label: 'Expert', rank: 5 },
] as const;

export type DifficultyLevel = (typeof DIFFICULTY_LEVELS)[number]['id'];

/** A question whose source gives no difficulty and whose overrides give none either. */
export const UNRATED = 'unrated';
export type Difficulty = DifficultyLevel | typeof UNRATED;

export const DIFFICULTY_IDS = [...DIFFICULTY_LEVELS.map((level) => level.id), UNRATED] as const;

/** Every difficulty a question can have, in order, unrated last: what indexes and progress list. */
export const LEVELS_AND_UNRATED: ReadonlyArray<{ id: Difficulty; label: string }> = [
  ...DIFFICULTY_LEVELS.map(({ id, label }) => ({ id, label })),
  { id: UNRATED, label: 'Unrated' },
];

/** The word a page shows for a difficulty: the source's own label, else the level's name. */
export function difficultyWord(difficulty: Difficulty, label: string | null): string {
  return label ?? LEVELS_AND_UNRATED.find((level) => level.id === difficulty)?.label ?? difficulty;
}

/** Maps a source word (any case, extra words from the overrides allowed) to its level, or undefined. */
export function levelForWord(
  word: string,
  extraWords: Readonly<Record<string, DifficultyLevel>> = {},
): DifficultyLevel | undefined {
  const key = word.trim().toLowerCase();
  const level = DIFFICULTY_LEVELS.find((candidate) => candidate.id === key);
  return level?.id ?? extraWords[key];
}

/** Sort key: unrated questions sort after every level. */
export function difficultyRank(difficulty: Difficulty): number {
  return DIFFICULTY_LEVELS.find((level) => level.id === difficulty)?.rank ?? DIFFICULTY_LEVELS.length + 1;
}

/** How many questions each difficulty has, in scale order, unrated last; levels without questions left out. */
export function difficultyMix(difficulties: readonly Difficulty[]): Array<{ id: Difficulty; label: string; count: number }> {
  return LEVELS_AND_UNRATED.map(({ id, label }) => ({
    id,
    label,
    count: difficulties.filter((each) => each === id).length,
  })).filter((level) => level.count > 0);
}

/** False for a bank without difficulty: it says so (`noDifficulty`), or none of its questions has a level. */
export function ratesDifficulty(bank: { noDifficulty?: true | undefined }, difficulties: readonly Difficulty[]): boolean {
  return bank.noDifficulty !== true && difficulties.some((difficulty) => difficulty !== UNRATED);
}

/** The home filters' status line: how many questions the list shows. */
export const shownCount = (count: number): string => `${count} question${count === 1 ? '' : 's'} shown`;
