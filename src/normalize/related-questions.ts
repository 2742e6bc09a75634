// Related questions and duplicate subjects in a question bank, by TF-IDF cosine similarity of their text.

/** What the similarity sees of one question. */
export interface SimilarityInput {
  slug: string;
  title: string;
  headings: string[];
  prose: string;
}
/** Limits on the output: how many related per question, and the cosine needed for "related" and "duplicate". */
export interface RelatedOptions {
  max?: number;
  minScore?: number;
  duplicateScore?: number;
}
/** Related slugs per question, and pairs that ask the same subject twice. */
export interface SimilarityResult {
  /** For each slug, up to `max` other slugs, most similar first (ties broken by slug, so output is deterministic). */
  related: Map<string, string[]>;
  /** Pairs (a < b by input order) whose cosine is at least `duplicateScore`: the same subject asked twice. */
  duplicates: Array<{ a: string; b: string; score: number }>;
}

// Defaults measured on content/nodejs-interview-questions.md (20 questions, Q3's answer moved back out of Q4,
// code blocks left out of prose). The four known duplicate pairs score 0.466 (microservices), 0.572 (real-time),
// 0.596 (security), 0.645 (streams); the best other pair scores 0.299 (Q2 vs Q14: both on CPU-intensive work,
// threads and clustering). DUPLICATE_SCORE 0.38 sits mid-gap, ~0.08 from each side, so rewording does not flip
// a pair. Half of all 190 pairs score ≤ 0.10 (shared words such as "error", "performance"): MIN_SCORE 0.12 keeps
// only links better than a typical pair, yet stays under the weakest best match (0.17, testing), so every
// question has one. Short texts score higher than these long answers: re-measure for a bank of one-liners.
const MAX = 3;
const MIN_SCORE = 0.12;
const DUPLICATE_SCORE = 0.38;
const TITLE_WEIGHT = 3;
const HEADING_WEIGHT = 2;

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could do does doing done for from had has have how i if in into is ' +
    "it its it's of on or our should so such than that the their them then there these they this those to was we " +
    'were what when where which while who why will with would you your yours not no all any also each more most ' +
    'other some very just only own same too here up down out over under about again further once both few may ' +
    'might must shall between through during before after above below off us my me he she his her ' +
    // Words of this domain that every question uses: they would make everything look alike.
    'node nodejs node.js js javascript implement implementing implemented implementation application applications ' +
    'app apps use uses used using const let var function functions return returns await async require ' +
    'example examples answer new true false null undefined console e.g i.e etc'
  ).split(/\s+/),
);

/** A light suffix stemmer (plural s/-ies, -ing, -ed, final e) so forms of one word share a term; only for plain words. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  const m = /^(.*?)(ing|ed)$/.exec(w);
  if (m?.[1] && m[1].length >= 3 && /[aeiouy]/.test(m[1]) && !(m[2] === 'ed' && m[1].endsWith('e'))) {
    w = m[1];
    if (/([^aeioulsz])\1$/.test(w)) w = w.slice(0, -1);
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const STOP_STEMS = new Set([...STOPWORDS].map(stem));

/** Lower-case terms of a text: words, dotted names and camelCase kept whole and split into parts, stemmed, minus stopwords. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const isStop = (w: string) => STOPWORDS.has(w) || STOP_STEMS.has(stem(w));
  const add = (raw: string) => {
    const w = raw.toLowerCase();
    if (w.length >= 2 && !/^\d+$/.test(w) && !isStop(w)) out.push(stem(w));
  };
  for (const [whole] of text.matchAll(/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*/g)) {
    const parts = whole.split('.');
    if (parts.length > 1) add(whole);
    for (const part of parts) {
      if (isStop(part.toLowerCase())) continue; // "JavaScript" is dropped whole, not as "java" + "script"
      add(part);
      const pieces = part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [];
      if (pieces.length > 1) for (const piece of pieces) add(piece);
    }
  }
  return out;
}

/**
 * A unit TF-IDF vector: term ids in ascending order, which is the terms' order, so every sum over shared terms
 * adds them in one order whatever the input order, and with the same rounding as ever.
 */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

function counts(input: SimilarityInput): Map<string, number> {
  const c = new Map<string, number>();
  const addAll = (text: string, weight: number) => {
    for (const t of tokenize(text)) c.set(t, (c.get(t) ?? 0) + weight);
  };
  addAll(input.title, TITLE_WEIGHT);
  for (const h of input.headings) addAll(h, HEADING_WEIGHT);
  addAll(input.prose, 1);
  return c;
}

const byTerm = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function vectors(docs: Array<Map<string, number>>): Vector[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of doc.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const ids = new Map([...df.keys()].sort(byTerm).map((t, id) => [t, id]));
  return docs.map((doc): Vector => {
    const entries = [...doc].sort(([a], [b]) => byTerm(a, b));
    const weights = entries.map(([t, c]) => (1 + Math.log(c)) * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1));
    let sum = 0;
    for (const w of weights) sum += w * w;
    const norm = Math.sqrt(sum);
    return {
      terms: Int32Array.from(entries, ([t]) => ids.get(t) ?? 0),
      weights: Float64Array.from(weights, (w) => (norm > 0 ? w / norm : w)),
    };
  });
}

/**
 * Calls `each(i, j, cosine)` for every pair i < j, in that order, that shares a term. Through an inverted index a
 * pair costs only its shared terms, not a walk through both vectors, which on a large bank took seconds.
 */
function forEachPair(vectors: Vector[], each: (i: number, j: number, score: number) => void): void {
  const postings: Array<{ docs: number[]; weights: number[] }> = [];
  // Where each document sits in the postings of each of its terms: it pairs only with the documents after it.
  const at = vectors.map((vector, doc) =>
    Int32Array.from(vector.terms, (t, k) => {
      postings[t] ??= { docs: [], weights: [] };
      const list = postings[t];
      list.docs.push(doc);
      list.weights.push(vector.weights[k] ?? 0);
      return list.docs.length - 1;
    }),
  );
  const sums = new Float64Array(vectors.length);
  vectors.forEach(({ terms, weights }, i) => {
    terms.forEach((term, k) => {
      const { docs, weights: others } = postings[term] ?? { docs: [], weights: [] };
      const weight = weights[k] ?? 0;
      for (let p = (at[i]?.[k] ?? 0) + 1; p < docs.length; p++) {
        const j = docs[p] ?? 0;
        sums[j] = (sums[j] ?? 0) + weight * (others[p] ?? 0);
      }
    });
    for (let j = i + 1; j < vectors.length; j++) {
      const score = sums[j] ?? 0;
      if (score === 0) continue;
      each(i, j, score);
      sums[j] = 0;
    }
  });
}

/** Related questions (up to `max`, score ≥ `minScore`) and duplicate pairs (score ≥ `duplicateScore`) by TF-IDF cosine. */
export function findRelated(inputs: SimilarityInput[], options: RelatedOptions = {}): SimilarityResult {
  const { max = MAX, minScore = MIN_SCORE, duplicateScore = DUPLICATE_SCORE } = options;
  const seen = new Set<string>();
  for (const { slug } of inputs) {
    if (seen.has(slug)) throw new Error(`findRelated: duplicate slug "${slug}"`);
    seen.add(slug);
  }
  const related = new Map<string, string[]>();
  const duplicates: SimilarityResult['duplicates'] = [];
  const scores: Array<Array<{ slug: string; score: number }>> = inputs.map(() => []);
  forEachPair(vectors(inputs.map(counts)), (i, j, score) => {
    const a = inputs[i] as SimilarityInput;
    const b = inputs[j] as SimilarityInput;
    if (score <= 0) return; // no shared term: never related, whatever the thresholds
    if (score >= duplicateScore) duplicates.push({ a: a.slug, b: b.slug, score });
    if (score >= minScore) {
      scores[i]?.push({ slug: b.slug, score });
      scores[j]?.push({ slug: a.slug, score });
    }
  });
  inputs.forEach((a, i) => {
    const ranked = (scores[i] ?? []).sort((x, y) => y.score - x.score || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
    related.set(
      a.slug,
      ranked.slice(0, Math.max(0, max)).map((r) => r.slug),
    );
  });
  return { related, duplicates };
}
