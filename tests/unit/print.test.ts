// Unit tests for print views: answers made fit to share a page, the levels that get a view, and which URLs are print views.
import { describe, expect, test } from 'vitest';
import { answerForPrint, isPrintView, levelGroups } from '../../src/lib/print.ts';

const PAGE = 'https://example.org/sub/questions/streams/';

describe('answerForPrint', () => {
  test('ids and in-answer links get the question prefix, so two answers on one page never share an id', () => {
    const html = '<h2 id="setup">Setup</h2><a class="anchor" href="#setup"></a><figure class="code" id="code-1">';
    expect(answerForPrint(html, 'streams', PAGE)).toBe(
      '<h2 id="streams-setup">Setup</h2><a class="anchor" href="#streams-setup"></a><figure class="code" id="streams-code-1">',
    );
  });

  test('site and relative links become absolute, so paper shows where they go; outside links stay as written', () => {
    const html =
      '<a href="/sub/questions/buffers/">b</a> <a href="../events/">e</a> <a href="https://nodejs.org/api/?a=1&amp;b=2">n</a>';
    expect(answerForPrint(html, 'q', PAGE)).toBe(
      '<a href="https://example.org/sub/questions/buffers/">b</a> <a href="https://example.org/sub/questions/events/">e</a> <a href="https://nodejs.org/api/?a=1&amp;b=2">n</a>',
    );
  });

  test('long code is not collapsed; text that merely reads like an attribute is left alone', () => {
    const html = '<figure class="code" data-collapsed=""><p>write id="x" in the tag</p>';
    expect(answerForPrint(html, 'q', PAGE)).toBe('<figure class="code"><p>write id="x" in the tag</p>');
  });
});

describe('levelGroups', () => {
  const question = (difficulty: string) => ({ data: { difficulty } });

  test('every rated level gets a view, in order, even empty; unrated only when some question is', () => {
    const groups = levelGroups([question('hard'), question('easy'), question('hard')]);
    expect(groups.map(({ id, questions }) => [id, questions.length])).toEqual([
      ['easy', 1],
      ['medium', 0],
      ['hard', 2],
      ['advanced', 0],
      ['expert', 0],
    ]);
    expect(levelGroups([question('unrated')]).at(-1)).toMatchObject({ id: 'unrated', label: 'Unrated' });
  });
});

describe('isPrintView', () => {
  test.each([
    ['https://example.org/print/', '/', true],
    ['https://example.org/sub/print/topics/streams/', '/sub/', true],
    ['https://example.org/sub/print/list/', '/sub', true],
    ['https://example.org/print/', '/sub/', false],
    ['https://example.org/questions/print/', '/', false],
    ['https://example.org/printing/', '/', false],
  ])('%s under %s: %s', (page, base, expected) => {
    expect(isPrintView(page, base)).toBe(expected);
  });
});
