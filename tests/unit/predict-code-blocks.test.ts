// Unit tests for the guess of a source's code blocks: on the real bank it is every block the pages get, exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type FencedBlock, fencedBlocks } from '../../src/markdown/fenced-blocks.ts';
import { predictCodeBlocks } from '../../src/normalize/predict-code-blocks.ts';
import { normalizedRealBank, SOURCE_FILE } from '../support/real-bank.ts';

const keyOf = ({ code, lang, meta }: FencedBlock) => JSON.stringify([lang, meta ?? null, code]);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('predictCodeBlocks', () => {
  test('the real bank: exactly the 121 blocks its pages are written with', () => {
    const { questions, banks } = normalizedRealBank();
    const written = [...questions, ...banks].flatMap((page) => fencedBlocks(page.mdx));
    const predicted = predictCodeBlocks(readFileSync(SOURCE_FILE), SOURCE_FILE);
    expect(predicted).toHaveLength(121);
    expect(new Set(predicted.map(keyOf))).toEqual(new Set(written.map(keyOf)));
  });

  test('mis-decoded text in code is repaired as the normalizer repairs it', () => {
    const [block] = predictCodeBlocks(bytes("```js\nconsole.log('ðŸš€ go');\n```\n"), 'bank.md');
    expect(block?.code).toBe("console.log('🚀 go');");
  });

  test('languages by their canonical name; none is text', () => {
    const source = '```JS\na\n```\n\n```yml\nb: 1\n```\n\n```\nplain\n```\n';
    expect(predictCodeBlocks(bytes(source), 'bank.md').map((block) => block.lang)).toEqual(['javascript', 'yaml', 'text']);
  });

  test('a first-line file-name comment becomes the title; a meta string of its own is kept', () => {
    const source = '```js\n// server/app.js\nlisten();\n```\n\n```js title="x.js"\n// y.js\n```\n';
    expect(predictCodeBlocks(bytes(source), 'bank.md').map((block) => block.meta)).toEqual([
      'title="server/app.js"',
      'title="x.js"',
    ]);
  });

  test('a source that is not valid UTF-8 gives no guess and no exception (the normalizer reports it)', () => {
    const source = bytes('```js\nconst a = 1;\n```\n');
    const broken = Uint8Array.from([...source.subarray(0, 8), 0xff, ...source.subarray(8)]);
    expect(predictCodeBlocks(source, 'bank.md')).toHaveLength(1);
    expect(predictCodeBlocks(broken, 'bank.md')).toEqual([]);
  });
});
