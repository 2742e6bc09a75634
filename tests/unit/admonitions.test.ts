// Admonitions: `:::info` runs become `[!NOTE]` blockquotes in the page, and the hast pass renders those as callouts.
import type { Element } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { callout } from '../../src/markdown/hast-callouts.ts';
import { emptyOverrides } from '../../src/normalize/overrides.ts';
import { normalize } from '../../src/normalize/pipeline.ts';

function pageOf(answer: string): { mdx: string; report: string[] } {
  const markdown = `# Hills\n\n### Q1: What is a tarn?\n\n${answer}\n`;
  const result = normalize([{ file: 'hills.md', id: 'hills', bytes: new TextEncoder().encode(markdown) }], emptyOverrides());
  return {
    mdx: result.questions[0]?.mdx.replace(/^---[\s\S]*?---\n\n/, '') ?? '',
    report: result.report.filter((entry) => entry.pass === 'admonitions').map((entry) => `${entry.line}: ${entry.message}`),
  };
}

describe('admonitions in the normalizer', () => {
  test(':::info Title … ::: becomes a [!NOTE] blockquote with its title, reported at its line', () => {
    const { mdx, report } = pageOf('A lake.\n\n:::info Mind the cold\n\nTarns are **cold**.\n\n:::\n\nAfter.');
    expect(mdx).toBe('A lake.\n\n> \\[!NOTE] Mind the cold\n>\n> Tarns are **cold**.\n\nAfter.\n');
    expect(report).toEqual(['7: ":::info" admonition is a note callout']);
  });

  test(':::danger maps to CAUTION; an unclosed ::: run and an unknown kind stay text', () => {
    expect(pageOf(':::danger\n\nDeep water.\n\n:::').mdx).toBe('> \\[!CAUTION]\n>\n> Deep water.\n');
    expect(pageOf(':::tip\n\nNever closed.').mdx).toContain(':::tip');
    expect(pageOf(':::recipe\n\nSoup.\n\n:::').mdx).toContain(':::recipe');
  });

  test('a GitHub alert (> [!WARNING]) passes through unchanged', () => {
    expect(pageOf('> [!WARNING]\n> Slippery.').mdx).toBe('> \\[!WARNING]\n> Slippery.\n');
  });
});

/** The element as tag, class and the text of each child: enough to see the callout's shape. */
function shape(node: Element | undefined) {
  if (!node) return undefined;
  const children = node.children.filter((child): child is Element => child.type === 'element');
  return {
    tag: node.tagName,
    class: node.properties.className,
    children: children.map((child) => [child.tagName, child.properties.className ?? null, textOf(child)]),
  };
}

describe('<details> inside an answer', () => {
  test('becomes a [!DETAILS] blockquote: the tags and their <p> wrappers go, the markdown inside stays', () => {
    const { mdx } = pageOf(
      'Pick one.\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n##### Answer: 4\n\nBecause.\n\n</p>\n</details>',
    );
    expect(mdx).toBe('Pick one.\n\n> \\[!DETAILS] Answer\n>\n> ### Answer: 4\n>\n> Because.\n');
  });

  test('one never closed is left as text', () => {
    expect(pageOf('<details><summary>Answer</summary>\n\nOpen for ever.').mdx).toContain('\\<details>');
  });
});

describe('hast-callouts', () => {
  test('a [!DETAILS] blockquote is a <details> element the reader opens', () => {
    const quote = h('blockquote', [h('p', '[!DETAILS] Answer'), h('p', 'Four.')]) as Element;
    expect(shape(callout(quote))).toEqual({
      tag: 'details',
      class: ['callout', 'callout-details'],
      children: [
        ['summary', ['callout-title'], 'Answer'],
        ['p', null, 'Four.'],
      ],
    });
  });

  test('a [!WARNING] blockquote becomes an aside with a title and its text', () => {
    const quote = h('blockquote', [h('p', '[!WARNING]\nSlippery rocks.'), h('p', 'Second paragraph.')]) as Element;
    expect(shape(callout(quote))).toEqual({
      tag: 'aside',
      class: ['callout', 'callout-warning'],
      children: [
        ['p', ['callout-title'], 'Warning'],
        ['p', null, 'Slippery rocks.'],
        ['p', null, 'Second paragraph.'],
      ],
    });
  });

  test('a title after the marker is the callout title', () => {
    const quote = h('blockquote', [h('p', '[!NOTE] Mind the cold')]) as Element;
    expect(shape(callout(quote))?.children).toEqual([['p', ['callout-title'], 'Mind the cold']]);
  });

  test('a plain blockquote is left alone', () => {
    expect(callout(h('blockquote', [h('p', 'Just a quote.')]) as Element)).toBeUndefined();
  });
});
