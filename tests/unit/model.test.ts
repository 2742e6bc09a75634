// Unit tests for the draft model's helpers: passes copy a block only when they may change it.
import type { Paragraph } from 'mdast';
import { describe, expect, test } from 'vitest';
import { copyIfAny, someNode } from '../../src/normalize/model.ts';

const block = (): Paragraph => ({
  type: 'paragraph',
  children: [
    { type: 'text', value: 'a ' },
    { type: 'emphasis', children: [{ type: 'inlineCode', value: 'x' }] },
  ],
});

describe('model', () => {
  test('someNode looks at the node and every node inside it', () => {
    expect(someNode(block(), (node) => node.type === 'paragraph')).toBe(true);
    expect(someNode(block(), (node) => node.type === 'inlineCode')).toBe(true);
    expect(someNode(block(), (node) => node.type === 'code')).toBe(false);
  });

  test('copyIfAny shares a block with no matching node, and deep-copies one with', () => {
    const original = block();
    expect(copyIfAny(original, (node) => node.type === 'code')).toBe(original);
    const copy = copyIfAny(original, (node) => node.type === 'inlineCode');
    expect(copy).not.toBe(original);
    expect(copy).toEqual(original);
    expect(copy.children[1]).not.toBe(original.children[1]);
  });
});
