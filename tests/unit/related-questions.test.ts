import { describe, expect, test } from 'vitest';
import { findRelated, type SimilarityInput, stem, tokenize } from '../../src/normalize/related-questions.ts';

const q = (slug: string, title: string, prose = '', headings: string[] = []): SimilarityInput => ({
  slug,
  title,
  headings,
  prose,
});

/** A small bank: two pairs on the same subject, worded differently, and two loners. */
const bank: SimilarityInput[] = [
  q(
    'streams-intro',
    'What are Streams in Node.js?',
    'Readable and writable streams move data in chunks; pipe them and mind backpressure.',
    ['Types of Streams'],
  ),
  q(
    'jwt-auth',
    'How do you secure login with JWT tokens?',
    'Sign a token at login, verify the token signature on each request, rotate secrets.',
    ['Authentication'],
  ),
  q('sql-db', 'How do you query PostgreSQL databases?', 'Use a connection pool, parameterized SQL queries and transactions.'),
  q(
    'streams-work',
    'How do you work with streams?',
    'Pipe a readable stream into a writable stream; backpressure pauses the chunks.',
    ['Stream pipelines'],
  ),
  q('unit-tests', 'How do you write unit tests?', 'Mock dependencies, assert outputs, measure coverage with a test runner.'),
  q(
    'auth-tokens',
    'Explain token based authentication',
    'A signed JWT token proves the login; the server checks the signature and expiry.',
    ['Authentication flow'],
  ),
];

/** Every pair's score, read through `duplicates` with a zero threshold. */
function pairScores(inputs: SimilarityInput[]): Map<string, number> {
  const all = findRelated(inputs, { duplicateScore: 0 }).duplicates;
  return new Map(all.map((d) => [[d.a, d.b].sort().join('|'), d.score]));
}

/** The cosine of every pair sharing a term, the plain way: weigh, normalize, and walk both sorted vectors. */
function plainPairScores(inputs: SimilarityInput[]): Array<{ a: string; b: string; score: number }> {
  const counts = inputs.map(({ title, headings, prose }) => {
    const c = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const t of tokenize(text)) c.set(t, (c.get(t) ?? 0) + weight);
    };
    add(title, 3);
    for (const heading of headings) add(heading, 2);
    add(prose, 1);
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = inputs.length;
  const vectors = counts.map((c) => {
    const v = [...c]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([t, k]): [string, number] => [t, (1 + Math.log(k)) * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1)]);
    const norm = Math.sqrt(v.reduce((sum, [, w]) => sum + w * w, 0));
    return new Map(v.map(([t, w]) => [t, w / norm]));
  });
  const pairs: Array<{ a: string; b: string; score: number }> = [];
  vectors.forEach((x, i) => {
    vectors.slice(i + 1).forEach((y, offset) => {
      let score = 0;
      for (const [t, w] of x) if (y.has(t)) score += w * (y.get(t) ?? 0);
      if (score > 0) pairs.push({ a: inputs[i]?.slug ?? '', b: inputs[i + 1 + offset]?.slug ?? '', score });
    });
  });
  return pairs;
}

describe('tokenize', () => {
  test('dotted names are kept whole and split into their parts', () => {
    const terms = tokenize('fs.createReadStream');
    expect(terms).toEqual(expect.arrayContaining(['fs.createreadstream', 'fs', 'createreadstream', 'read', 'stream']));
    expect(terms).toContain(stem('create'));
    expect(tokenize('process.nextTick()')).toEqual(
      expect.arrayContaining(['process.nexttick', 'process', 'nexttick', 'next', 'tick']),
    );
  });

  test('camelCase with an acronym splits at the acronym boundary', () => {
    expect(tokenize('IORedis')).toEqual(expect.arrayContaining(['ioredis', 'io', 'redis']));
    expect(tokenize('parseHTTPResponse')).toEqual(expect.arrayContaining(['http', stem('parse'), stem('response')]));
  });

  test('terms are lower-case and drop stopwords, domain-generic words and bare numbers', () => {
    expect(tokenize('How do you implement it in Node.js using JavaScript? Step 42')).toEqual([stem('step')]);
    for (const t of tokenize('WebSockets, Socket.IO and HTTP/2')) expect(t).toBe(t.toLowerCase());
  });

  test('names with dots are not stemmed as if they were plurals', () => {
    expect(tokenize('Socket.io')).toContain('socket.io');
    expect(tokenize('Next.js')).toContain('next.js');
  });
});

describe('stem', () => {
  test.each([
    [['stream', 'streams', 'streaming', 'streamed']],
    [['process', 'processes']],
    [['cache', 'caches', 'caching', 'cached']],
    [['handle', 'handles', 'handled', 'handling']],
    [['log', 'logs', 'logged', 'logging']],
    [['run', 'runs', 'running']],
    [['dependency', 'dependencies']],
    [['query', 'queries']],
  ])('forms of one word share a stem: %j', (forms) => {
    const stems = new Set(forms.map(stem));
    expect(stems.size).toBe(1);
  });

  test.each(['status', 'redis', 'analysis', 'class', 'string', 'need', 'bus', 'io'])('%s is left whole', (word) => {
    expect(stem(word)).toBe(word);
  });

  test.each([
    ['stream', 'string'],
    ['worker', 'work'],
    ['event', 'even'],
  ])('different words keep different stems: %s / %s', (x, y) => {
    expect(stem(x)).not.toBe(stem(y));
  });
});

describe('findRelated', () => {
  test('questions on the same subject rank each other first', () => {
    const { related } = findRelated(bank);
    expect(related.get('streams-intro')?.[0]).toBe('streams-work');
    expect(related.get('streams-work')?.[0]).toBe('streams-intro');
    expect(related.get('jwt-auth')?.[0]).toBe('auth-tokens');
    expect(related.get('auth-tokens')?.[0]).toBe('jwt-auth');
  });

  test('every slug gets an entry, never itself, at most `max` others', () => {
    const { related } = findRelated(bank, { max: 2, minScore: 0 });
    expect([...related.keys()].sort()).toEqual(bank.map((b) => b.slug).sort());
    for (const [slug, others] of related) {
      expect(others).not.toContain(slug);
      expect(others.length).toBeLessThanOrEqual(2);
    }
    expect(findRelated(bank, { max: 0 }).related.get('streams-intro')).toEqual([]);
  });

  test('questions sharing no terms are not related', () => {
    const { related } = findRelated([q('a', 'Streams backpressure'), q('b', 'PostgreSQL transactions')], {
      minScore: 0,
    });
    expect(related.get('a')).toEqual([]);
    expect(related.get('b')).toEqual([]);
  });

  test('related keeps only pairs scoring at least minScore', () => {
    const scores = pairScores(bank);
    const sorted = [...new Set(scores.values())].filter((s) => s > 0).sort((x, y) => x - y);
    const minScore = sorted[Math.floor(sorted.length / 2)] ?? 1;
    const { related } = findRelated(bank, { minScore, max: bank.length });
    let kept = 0;
    for (const [slug, others] of related) {
      for (const other of others) expect(scores.get([slug, other].sort().join('|'))).toBeGreaterThanOrEqual(minScore);
      kept += others.length;
    }
    const expected = [...scores.values()].filter((s) => s >= minScore).length * 2;
    expect(kept).toBe(expected);
    expect(kept).toBeGreaterThan(0);
  });

  test('related lists are ordered by score, most similar first', () => {
    const scores = pairScores(bank);
    const { related } = findRelated(bank, { minScore: 0, max: bank.length });
    for (const [slug, others] of related) {
      const s = others.map((o) => scores.get([slug, o].sort().join('|')) ?? -1);
      expect(s).toEqual([...s].sort((x, y) => y - x));
    }
  });

  test('a shared word in the title counts more than the same word in prose', () => {
    const inputs = [
      q('query', 'Backpressure in streams', 'readable writable'),
      q('z-title', 'Backpressure handling', 'database queries'),
      q('a-prose', 'Database queries', 'backpressure handling'),
    ];
    expect(findRelated(inputs).related.get('query')?.[0]).toBe('z-title');
  });

  test('a shared word in a heading counts more than the same word in prose', () => {
    const inputs = [
      q('query', 'Backpressure in streams', 'readable writable'),
      q('z-heading', 'Chunks', 'database queries', ['Backpressure handling']),
      q('a-prose', 'Chunks', 'backpressure handling', ['Database queries']),
    ];
    expect(findRelated(inputs).related.get('query')?.[0]).toBe('z-heading');
  });

  test('a word repeated many times does not outweigh several shared words', () => {
    const inputs = [
      q('query', 'Redis key expiry', 'Give each key a TTL; expired keys are evicted lazily.'),
      q('a-repeat', 'Memory profiling', `${'Redis '.repeat(20)} heap snapshots and allocation timelines show leaks.`),
      q('z-broad', 'Session storage', 'Store sessions under Redis keys with a TTL so they expire on their own.'),
    ];
    expect(findRelated(inputs).related.get('query')?.[0]).toBe('z-broad');
  });

  test('ties are broken by slug, whatever the input order', () => {
    const copy = (slug: string) => q(slug, 'Cluster workers', 'fork one worker per CPU core');
    const probe = q('probe', 'Worker threads', 'share CPU work between worker threads');
    for (const inputs of [
      [copy('b-copy'), copy('a-copy'), probe],
      [probe, copy('a-copy'), copy('b-copy')],
    ]) {
      expect(findRelated(inputs).related.get('probe')).toEqual(['a-copy', 'b-copy']);
    }
  });

  test('shuffled input gives the same related lists and duplicate pairs', () => {
    const base = findRelated(bank, { minScore: 0 });
    const unordered = (r: ReturnType<typeof findRelated>) =>
      r.duplicates.map((d) => `${[d.a, d.b].sort().join('|')}:${d.score}`).sort();
    for (const order of [
      [5, 4, 3, 2, 1, 0],
      [3, 0, 5, 1, 4, 2],
      [1, 2, 3, 4, 5, 0],
    ]) {
      const shuffled = order.map((i) => bank[i] as SimilarityInput);
      const again = findRelated(shuffled, { minScore: 0 });
      for (const { slug } of bank) expect(again.related.get(slug)).toEqual(base.related.get(slug));
      expect(unordered(again)).toEqual(unordered(base));
    }
    expect(findRelated(bank)).toEqual(findRelated(bank));
  });

  test('duplicates are the pairs at or above duplicateScore, named in input order', () => {
    const { duplicates } = findRelated(bank);
    expect(duplicates.map((d) => `${d.a}|${d.b}`).sort()).toEqual(['jwt-auth|auth-tokens', 'streams-intro|streams-work']);
    const streams = duplicates.find((d) => d.a === 'streams-intro');
    const score = streams?.score ?? Number.NaN;
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(1 + 1e-12);
    const at = findRelated(bank, { duplicateScore: score }).duplicates;
    expect(at.some((d) => d.a === 'streams-intro' && d.b === 'streams-work')).toBe(true);
    const above = findRelated(bank, { duplicateScore: score + 1e-9 }).duplicates;
    expect(above.some((d) => d.a === 'streams-intro' && d.b === 'streams-work')).toBe(false);
    const reversed = findRelated([...bank].reverse()).duplicates;
    expect(reversed.some((d) => d.a === 'streams-work' && d.b === 'streams-intro')).toBe(true);
  });

  test('identical questions score 1 and are the only duplicate', () => {
    const same = (slug: string) => q(slug, 'Event loop phases', 'timers, poll and check phases run callbacks', ['Phases']);
    const result = findRelated([same('x'), same('y'), q('z', 'GraphQL resolvers', 'schema and resolver functions')]);
    expect(result.duplicates).toHaveLength(1);
    expect(result.duplicates[0]?.score).toBeCloseTo(1, 10);
  });

  test('different subjects sharing some words are related but not duplicates at the defaults', () => {
    const inputs = [
      q(
        'stream-errors',
        'How do you handle errors in streams?',
        'Listen for the error event on every readable and writable stream, or use pipeline() which forwards errors and destroys the streams when one fails.',
        ['Error events'],
      ),
      q(
        'express-errors',
        'How do you handle errors in Express?',
        'An error-handling middleware takes four arguments (err, req, res, next); routes forward errors with next(err) and the middleware sends a 500 response.',
        ['Error middleware'],
      ),
    ];
    const { related, duplicates } = findRelated(inputs);
    expect(related.get('stream-errors')).toEqual(['express-errors']);
    expect(duplicates).toEqual([]);
  });

  test('empty and single-question inputs', () => {
    expect(findRelated([])).toEqual({ related: new Map(), duplicates: [] });
    const one = findRelated([q('only', 'What are Streams?', 'chunks')]);
    expect([...one.related]).toEqual([['only', []]]);
    expect(one.duplicates).toEqual([]);
  });

  test('a question with no usable terms relates to nothing', () => {
    const { related, duplicates } = findRelated([q('empty', 'How do you?'), q('streams', 'Streams')], {
      minScore: 0.0001,
      duplicateScore: 0.0001,
    });
    expect(related.get('empty')).toEqual([]);
    expect(related.get('streams')).toEqual([]);
    expect(duplicates).toEqual([]);
  });

  test('every pair sharing a term gets the score of a plain walk through both vectors, to the last bit', () => {
    const words = ['stream', 'buffer', 'cluster', 'worker', 'token', 'cache', 'redis', 'socket', 'queue', 'error'];
    let seed = 7;
    const pick = () => {
      seed = (seed * 48271) % 2147483647;
      return words[seed % words.length] ?? '';
    };
    const text = (length: number) => Array.from({ length }, pick).join(' ');
    const inputs = Array.from({ length: 40 }, (_, i) => q(`q${i}`, text(3), text(i % 7), [text(2)]));
    expect(findRelated(inputs, { duplicateScore: 0 }).duplicates).toEqual(plainPairScores(inputs));
  });

  test('duplicate slugs are rejected', () => {
    expect(() => findRelated([q('same', 'A streams'), q('same', 'B streams')])).toThrow(/same/);
  });
});
