// Unit tests for the _headers file (Netlify, Cloudflare Pages): writing, reading back, and matching paths.
import { describe, expect, test } from 'vitest';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';

const RULES = [
  { path: '/*', headers: { 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff' } },
  { path: '/pagefind/*', headers: { 'Cache-Control': 'no-cache' } },
];

describe('_headers', () => {
  test('written as paths with indented "Name: value" lines', () => {
    expect(formatHeadersFile(RULES)).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n\n/pagefind/*\n  Cache-Control: no-cache\n",
    );
  });

  test('read back as written, comments and blank lines skipped, values may hold colons', () => {
    expect(parseHeadersFile(`# site headers\n${formatHeadersFile(RULES)}`)).toEqual(RULES);
    expect(parseHeadersFile('/x\n  Link: <https://a.b>; rel=preload\n')).toEqual([
      { path: '/x', headers: { Link: '<https://a.b>; rel=preload' } },
    ]);
  });

  test('a header line before any path is an error with its line', () => {
    expect(() => parseHeadersFile('\n  X-A: b\n')).toThrow('_headers line 2');
  });

  test.each([
    ['/', ['Content-Security-Policy', 'X-Content-Type-Options']],
    ['/questions/x/', ['Content-Security-Policy', 'X-Content-Type-Options']],
    ['/pagefind/pagefind.js', ['Content-Security-Policy', 'X-Content-Type-Options', 'Cache-Control']],
  ])('%s gets %j', (path, names) => {
    expect(Object.keys(headersFor(RULES, path))).toEqual(names);
  });

  test('a pattern is literal apart from *', () => {
    expect(headersFor([{ path: '/a.b', headers: { X: '1' } }], '/axb')).toEqual({});
  });
});
