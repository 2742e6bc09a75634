// Unit tests for the build cache: keys follow every input, an entry is made once and read back as it was made,
// the folder is safe to delete, and a highlighted block read back from the cache renders the same HTML.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';
import { afterEach, describe, expect, test } from 'vitest';
import { bytesCodec, cached, cacheKey, jsonCodec, sourceDigest } from '../../src/lib/build-cache.ts';
import { highlightPlugin } from '../../src/markdown/hast-highlight.ts';
import { highlightBlock } from '../../src/markdown/shiki-highlighter.ts';

const folders: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A maker that counts its calls. */
function counting<T>(value: T) {
  const maker = async () => {
    maker.calls++;
    return value;
  };
  maker.calls = 0;
  return maker;
}

describe('cacheKey', () => {
  test('the same inputs give the same key; any changed input, or order, another', () => {
    const base = cacheKey(['const a = 1;', 'js', null, 'shiki@4']);
    expect(cacheKey(['const a = 1;', 'js', null, 'shiki@4'])).toBe(base);
    const changed = [
      cacheKey(['const a = 2;', 'js', null, 'shiki@4']),
      cacheKey(['const a = 1;', 'ts', null, 'shiki@4']),
      cacheKey(['const a = 1;', 'js', 'title="a.js"', 'shiki@4']),
      cacheKey(['const a = 1;', 'js', null, 'shiki@5']),
      cacheKey(['js', 'const a = 1;', null, 'shiki@4']),
    ];
    expect(new Set([base, ...changed]).size).toBe(6);
  });
});

describe('cached', () => {
  test('makes an entry once; a later call (a later build) reads it back', async () => {
    const dir = scratch();
    const make = counting({ answer: 42, list: ['a'] });
    const codec = jsonCodec<{ answer: number; list: string[] }>();
    const first = await cached('kind', cacheKey(['x']), codec, make, dir);
    const second = await cached('kind', cacheKey(['x']), codec, make, dir);
    expect(make.calls).toBe(1);
    expect(second).toEqual(first);
    expect(readdirSync(join(dir, 'kind'))).toEqual([`${cacheKey(['x'])}.json`]);
  });

  test('asks for an entry being made wait for it: it is made once, and each caller gets its own copy', async () => {
    const dir = scratch();
    const make = counting({ list: ['a'] });
    const codec = jsonCodec<{ list: string[] }>();
    const asks = [1, 2, 3].map(() => cached('kind', 'k', codec, make, dir));
    const [first, ...others] = await Promise.all(asks);
    expect(make.calls).toBe(1);
    for (const other of others) expect(other).toEqual(first);
    // Pages change the trees they are given: one page's change must not reach another page.
    first?.list.push('changed by one page');
    for (const other of others) expect(other.list).toEqual(['a']);
  });

  test('an entry that failed while others waited for it is made again when asked again', async () => {
    const dir = scratch();
    let calls = 0;
    const failingOnce = async () => {
      calls++;
      if (calls === 1) throw new Error('no');
      return 'made';
    };
    const codec = jsonCodec<string>();
    const waiting = [cached('kind', 'k', codec, failingOnce, dir), cached('kind', 'k', codec, failingOnce, dir)];
    for (const ask of waiting) await expect(ask).rejects.toThrow('no');
    expect(await cached('kind', 'k', codec, failingOnce, dir)).toBe('made');
    expect(calls).toBe(2);
  });

  test('another key is made anew', async () => {
    const dir = scratch();
    const make = counting(new Uint8Array([1, 2, 3]));
    await cached('card', cacheKey(['a']), bytesCodec('png'), make, dir);
    const other = await cached('card', cacheKey(['b']), bytesCodec('png'), make, dir);
    expect(make.calls).toBe(2);
    expect([...other]).toEqual([1, 2, 3]);
  });

  test('bytes come back byte for byte', async () => {
    const dir = scratch();
    const bytes = new Uint8Array(Array.from({ length: 300 }, (_, index) => (index * 7) % 256));
    await cached('card', 'k', bytesCodec('png'), async () => bytes, dir);
    const read = await cached('card', 'k', bytesCodec('png'), counting(new Uint8Array()), dir);
    expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
  });

  test('deleting the folder is safe: the entry is made again', async () => {
    const dir = scratch();
    const make = counting('made');
    const codec = jsonCodec<string>();
    await cached('kind', 'k', codec, make, dir);
    rmSync(dir, { recursive: true, force: true });
    expect(await cached('kind', 'k', codec, make, dir)).toBe('made');
    expect(make.calls).toBe(2);
  });

  test('a failed make stores nothing', async () => {
    const dir = scratch();
    const failing = async (): Promise<string> => {
      throw new Error('no');
    };
    await expect(cached('kind', 'k', jsonCodec<string>(), failing, dir)).rejects.toThrow('no');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('sourceDigest', () => {
  test('changes when a file of a folder changes, or a file is added', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.ts'), 'one');
    const before = sourceDigest([dir]);
    expect(sourceDigest([dir])).toBe(before);
    writeFileSync(join(dir, 'a.ts'), 'two');
    const edited = sourceDigest([dir]);
    writeFileSync(join(dir, 'b.ts'), '');
    expect(new Set([before, edited, sourceDigest([dir])]).size).toBe(3);
  });
});

describe('a highlighted block read back from the cache', () => {
  test('renders the same HTML as one just highlighted', async () => {
    const dir = scratch();
    const codec = jsonCodec<Element>();
    const fromCache = (code: string, lang: string, meta: string | undefined) =>
      cached('highlight', cacheKey([code, lang, meta ?? null]), codec, () => highlightBlock({ code, lang, meta }), dir);
    const markdown = '```js title="server.js"\n// server.js\nconst a = `x` + "<b>&amp;";\n```\n\n```diff\n- a\n+ b\n```';
    const render = async (highlight: typeof fromCache) => {
      const processor = await createSatteriMarkdownProcessor({
        syntaxHighlight: false,
        hastPlugins: [highlightPlugin(highlight)],
      });
      return (await processor.render(markdown)).code;
    };
    const fresh = await render((code, lang, meta) => highlightBlock({ code, lang, meta }));
    await render(fromCache);
    expect(readdirSync(join(dir, 'highlight'))).toHaveLength(2);
    expect(await render(fromCache)).toBe(fresh);
  });
});
