// Unit tests for what the site's Pagefind configuration indexes: answer text only, never labels, controls or chrome.
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSiteIndex } from '../../src/integrations/pagefind.ts';
import { decodeFragment, type Fragment } from '../support/pagefind-files.ts';

// A question page as the layout and the Markdown plugins render it, with everything that must stay out.
const PAGE = `<!doctype html><html lang="en"><body>
<header><input type="search" aria-label="Search questions"><nav>Topics Difficulty</nav></header>
<aside>Sidebar question list</aside>
<article data-pagefind-body>
  <header>
    <h1 data-pagefind-meta="title" data-pagefind-weight="10">What are streams?</h1>
    <p data-pagefind-ignore>Q4 Medium Streams 9 min read</p>
    <span hidden data-pagefind-filter="difficulty:medium"></span>
    <span hidden data-pagefind-filter="topic:streams"></span>
    <span hidden data-pagefind-filter="topic:performance"></span>
    <span hidden data-pagefind-meta="number:4"></span>
    <span hidden data-pagefind-sort="number:0004"></span>
  </header>
  <nav aria-label="On this page" data-pagefind-ignore>On this page (2 sections)</nav>
  <p>Streams move data in chunks.</p>
  <h2 id="backpressure" data-pagefind-weight="9">Handling backpressure<a href="#backpressure"><span class="sr-only" data-pagefind-ignore>Copy link to this section</span></a></h2>
  <p>Pause the readable side when the writable buffer is full.<span class="sr-only">Screen-reader aside</span></p>
  <pre data-pagefind-weight="0.5"><button type="button">Copy code</button><code>readable.pipe(writable);</code></pre>
</article>
<section>Related questions</section>
<footer>All questions</footer>
</body></html>`;

let fragment: Fragment;

beforeAll(async () => {
  const index = await createSiteIndex();
  const added = await index.addHTMLFile({ url: '/questions/streams/', content: PAGE });
  expect(added.errors).toEqual([]);
  const { errors, files } = await index.getFiles();
  expect(errors).toEqual([]);
  const file = files.find((candidate) => candidate.path.startsWith('fragment/'));
  if (!file) throw new Error('Pagefind wrote no fragment');
  fragment = decodeFragment(file.content);
}, 30_000);

afterAll(async () => {
  await pagefind.close();
});

describe('the site index', () => {
  test('holds the answer: title, prose, headings and code', () => {
    expect(fragment.content).toBe(
      'What are streams? Streams move data in chunks. Handling backpressure. Pause the readable side when the writable buffer is full. readable.pipe(writable);',
    );
  });

  test.each([
    'Copy link',
    'Screen-reader aside',
    'Copy code',
    'min read',
    'On this page',
    'Sidebar',
    'Related',
    'All questions',
    'Topics',
  ])('leaves out "%s"', (text) => {
    expect(fragment.content).not.toContain(text);
    expect(JSON.stringify(fragment.anchors)).not.toContain(text);
  });

  test('section titles come from the heading text alone', () => {
    expect(fragment.anchors).toMatchObject([{ element: 'h2', id: 'backpressure', text: 'Handling backpressure' }]);
  });

  test('filters and meta come from inline values, without text in the index', () => {
    expect(fragment.filters).toEqual({ difficulty: ['medium'], topic: ['streams', 'performance'] });
    expect(fragment.meta).toEqual({ title: 'What are streams?', number: '4' });
  });
});
