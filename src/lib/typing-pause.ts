/** How long the search box waits after a key before searching: one search per word at any typing pace. */

/** A quick typist's results follow the last key after this pause. */
export const SHORTEST_PAUSE_MS = 180;
/** No typist waits longer; a gap this long is a pause, not the typist's pace. */
export const LONGEST_PAUSE_MS = 1000;
// The pause is the typist's slowest recent gap and half again, so a word typed at an even pace, fast or slow, is
// one search: a pause fixed in milliseconds made slow typists (or a busy machine's key events) search every prefix,
// each fetching result texts the next key throws away.
const PACE_FACTOR = 1.5;
const REMEMBERED_GAPS = 3;

/** The pause after a key, given the gaps in ms between the typist's recent keys (oldest first). */
export function pauseAfter(gaps: readonly number[]): number {
  const pace = gaps.filter((gap) => gap < LONGEST_PAUSE_MS).slice(-REMEMBERED_GAPS);
  const slowest = Math.max(0, ...pace);
  return Math.min(LONGEST_PAUSE_MS, Math.max(SHORTEST_PAUSE_MS, Math.round(slowest * PACE_FACTOR)));
}

/** Remembers when keys were pressed: `key()` records one and returns how long to wait before searching. */
export function typingPace(now: () => number = () => performance.now()): { key(): number } {
  const gaps: number[] = [];
  let last: number | undefined;
  return {
    key() {
      const time = now();
      if (last !== undefined && time - last < LONGEST_PAUSE_MS) gaps.push(time - last);
      if (gaps.length > REMEMBERED_GAPS) gaps.shift();
      last = time;
      return pauseAfter(gaps);
    },
  };
}
