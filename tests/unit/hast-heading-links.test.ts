// Unit tests for the heading-links pass: a heading with an id gains a sibling anchor; one without is left alone.
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { headingLink } from '../../src/markdown/hast-heading-links.ts';

describe('headingLink', () => {
  test('wraps the heading and adds an anchor to its id, named by its text', () => {
    const heading = h('h2', { id: '4-piping-streams' }, ['4. Piping ', h('code', 'Streams')]);
    expect(headingLink(heading)).toEqual(
      h('div', { class: 'heading-wrap level-h2' }, [
        heading,
        h('a', { class: 'anchor', href: '#4-piping-streams', ariaLabel: 'Link to section: 4. Piping Streams' }),
      ]),
    );
  });

  test('the anchor has no text, so the heading text stays the heading text', () => {
    const wrap = headingLink(h('h3', { id: 'a' }, 'A'));
    expect(wrap?.children[1]).toMatchObject({ children: [] });
    expect(wrap?.properties.className).toEqual(['heading-wrap', 'level-h3']);
  });

  test.each([h('h2', 'No id'), h('h2', { id: '' }, 'Empty id')])('%# without an id: undefined', (heading) => {
    expect(headingLink(heading)).toBeUndefined();
  });
});
