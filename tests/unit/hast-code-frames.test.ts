// Unit tests for the code-frames pass: hast in, frame out (id, caption, tools, collapsing) for small blocks.
import type { Element } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { COLLAPSE_OVER, codeFrame, isHighlighted, languageName, lineCount } from '../../src/markdown/hast-code-frames.ts';

/** A `<pre>` as Shiki and Astro leave it: `class` as a string, `data-title` from our title transformer. */
function shikiPre(lines: number, props: Record<string, string> = {}): Element {
  const code = Array.from({ length: lines }, (_, i) => [
    h('span', { class: 'line' }, `x${i + 1}()`),
    { type: 'text' as const, value: '\n' },
  ]);
  const pre = h('pre', { tabindex: '0' }, h('code', code.flat().slice(0, -1)));
  pre.properties = {
    class: 'astro-code astro-code-themes github-light github-dark',
    dataLanguage: 'javascript',
    ...pre.properties,
    ...props,
  };
  return pre;
}

function child(frame: Element, tagName: string, className?: string): Element | undefined {
  return frame.children.find(
    (node): node is Element =>
      node.type === 'element' &&
      node.tagName === tagName &&
      (className === undefined || [node.properties.className].flat().includes(className)),
  );
}

describe('codeFrame', () => {
  test('a titled block: figure with id, caption (title, language), tools, and the <pre> without data-title', () => {
    const pre = shikiPre(3, { dataTitle: 'server.js' });
    const frame = codeFrame(pre, 2);
    expect(frame.tagName).toBe('figure');
    expect(frame.properties).toMatchObject({ id: 'code-2', className: ['code', 'not-prose'], dataLines: 3 });
    expect(frame.properties.dataCollapsed).toBeUndefined();
    expect(textOf(child(frame, 'figcaption') ?? h('i'))).toBe('server.js JavaScript');
    const tools = child(frame, 'div', 'code-tools');
    expect(tools?.children.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual([
      'a',
      'button',
      'button',
    ]);
    expect(tools?.children[0]).toMatchObject({ properties: { href: '#code-2', ariaLabel: 'Link to code block server.js' } });
    expect(tools?.children[1]).toMatchObject({ properties: { ariaPressed: 'false' } });
    const framedPre = child(frame, 'pre');
    expect(framedPre?.properties.dataTitle).toBeUndefined();
    expect(framedPre?.children).toEqual(pre.children);
    expect(child(frame, 'button', 'code-more')).toBeUndefined();
  });

  test('an untitled block shows only its language, and its link names its number', () => {
    const frame = codeFrame(shikiPre(1, { dataLanguage: 'yaml' }), 7);
    expect(textOf(child(frame, 'figcaption') ?? h('i'))).toBe('YAML');
    expect(child(frame, 'div', 'code-tools')?.children[0]).toMatchObject({ properties: { ariaLabel: 'Link to code block 7' } });
  });

  test.each([
    [COLLAPSE_OVER, false],
    [COLLAPSE_OVER + 1, true],
  ])('%i lines: collapsed %s, every line still in the tree', (lines, collapsed) => {
    const frame = codeFrame(shikiPre(lines), 1);
    expect(frame.properties.dataCollapsed !== undefined).toBe(collapsed);
    expect(lineCount(child(frame, 'pre') ?? h('pre'))).toBe(lines);
    const more = child(frame, 'button', 'code-more');
    expect(more === undefined).toBe(!collapsed);
    if (more) expect(textOf(more)).toBe(`Show all ${lines} lines`);
  });
});

describe('isHighlighted', () => {
  test.each([
    [shikiPre(1), true],
    [h('pre', h('code', 'plain')), false],
    [h('div', { class: 'astro-code' }), false],
  ])('%#', (node, expected) => {
    expect(isHighlighted(node)).toBe(expected);
  });
});

describe('languageName', () => {
  test.each([
    ['javascript', 'JavaScript'],
    ['yaml', 'YAML'],
    ['hcl', 'HCL'],
    ['dockerfile', 'Dockerfile'],
    ['text', 'Text'],
  ])('%s → %s', (lang, name) => {
    expect(languageName(lang)).toBe(name);
  });
});
