// Unit tests for the cheap fence finder: on every real page it finds exactly the code blocks a markdown parser finds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { fencedBlocks } from '../../src/markdown/fenced-blocks.ts';

const GOLDEN = 'tests/golden/nodejs-interview-questions';

function parsedBlocks(text: string) {
  const blocks: Array<{ code: string; lang: string; meta: string | undefined }> = [];
  visit(fromMarkdown(text), 'code', (node: Code) => {
    blocks.push({ code: node.value, lang: node.lang ?? 'plaintext', meta: node.meta ?? undefined });
  });
  return blocks;
}

describe('fencedBlocks', () => {
  const pages = ['questions', 'banks'].flatMap((dir) =>
    readdirSync(join(GOLDEN, dir)).map((file) => readFileSync(join(GOLDEN, dir, file), 'utf8')),
  );

  test('on every page of the real bank, the same blocks as a markdown parser, in order', () => {
    let total = 0;
    for (const page of pages) {
      expect(fencedBlocks(page)).toEqual(parsedBlocks(page));
      total += fencedBlocks(page).length;
    }
    expect(total).toBe(121);
  });

  test('a fence inside a list item loses the item’s indentation; longer fences hold shorter ones', () => {
    const text = [
      '- item',
      '',
      '  ```js title="a.js"',
      '  if (a) {',
      '    b();',
      '  }',
      '  ```',
      '',
      '````md',
      '```',
      'x',
      '```',
      '````',
    ].join('\n');
    expect(fencedBlocks(text)).toEqual(parsedBlocks(text));
    expect(fencedBlocks(text)[0]).toEqual({ code: 'if (a) {\n  b();\n}', lang: 'js', meta: 'title="a.js"' });
    expect(fencedBlocks(text)[1]?.code).toBe('```\nx\n```');
  });

  test('a fence left open is not a block', () => {
    expect(fencedBlocks('```js\nconst a = 1;\n')).toEqual([]);
  });
});
