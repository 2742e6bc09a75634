// Unit tests for the HTML scanner: start tags in order, attributes decoded, script text raw, no tags inside values.
import { describe, expect, test } from 'vitest';
import { decodeEntities, scanTags } from '../../src/lib/html-scan.ts';

const names = (html: string) => scanTags(html).map((tag) => tag.name);

describe('scanTags', () => {
  test('start tags in order, with attributes; end tags are not listed', () => {
    const [a, img] = scanTags('<a href="/x/" class=big data-on>x</a><IMG SRC=\'/y.png\' alt="">');
    expect(a?.name).toBe('a');
    expect([...(a?.attributes ?? [])]).toEqual([
      ['href', '/x/'],
      ['class', 'big'],
      ['data-on', ''],
    ]);
    expect(img?.attributes.get('src')).toBe('/y.png');
  });

  test('a "<script>" inside an attribute value is text, not a tag (regression: meta descriptions of the injection bank)', () => {
    const html = '<meta property="og:title" content="Bank <script>alert(1)</script>"><p>x</p>';
    expect(names(html)).toEqual(['meta', 'p']);
    expect(scanTags(html)[0]?.attributes.get('content')).toBe('Bank <script>alert(1)</script>');
  });

  test('script and style content is raw text: markup and entities in it are not read', () => {
    const [script, style, p] = scanTags(
      '<script type="module">if (a < b) x("<a href=\\"/no/\\">&amp;")</script ><style>a>b{}</style><p>',
    );
    expect(script?.text).toBe('if (a < b) x("<a href=\\"/no/\\">&amp;")');
    expect(style?.text).toBe('a>b{}');
    expect(p?.name).toBe('p');
  });

  test('comments are skipped; an unclosed script runs to the end', () => {
    expect(names('<!-- <a href="/c/"> --><b>x</b><script>never closed <i>')).toEqual(['b', 'script']);
  });

  test('only the tags asked for, still skipping what a style or an unwanted script holds', () => {
    const html =
      '<p class=a><style><script>no()</script></style><script src="/x.js">if (a<b) "<meta>"</script><meta name=n content=c>';
    const tags = scanTags(html, new Set(['meta', 'script']));
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'meta']);
    expect(tags[0]?.text).toBe('if (a<b) "<meta>"');
    expect(tags[1]?.attributes.get('content')).toBe('c');
    expect(scanTags(html, new Set(['meta']))).toEqual([tags[1]]);
  });

  test('character references in values are decoded', () => {
    expect(
      scanTags(`<meta content="&#39;self&#39; &amp; &quot;x&quot; &#x3C; &lt;b&gt; &unknown;">`)[0]?.attributes.get('content'),
    ).toBe(`'self' & "x" < <b> &unknown;`);
    expect(decodeEntities('a&nbsp;b')).toBe('a\u00a0b');
  });
});
