// The page-weight helper on a tiny made-up dist/: what counts as loaded before search, and what does not.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gzipSize, pageWeight, staticImports } from '../support/page-weight.ts';

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('staticImports', () => {
  test.each([
    ['import{a as b}from"./chunk.js";b()', ['./chunk.js']],
    ['import "./side.js";', ['./side.js']],
    ["import * as all from '/_astro/x.js'", ['/_astro/x.js']],
    ['export{c}from"./re.js"', ['./re.js']],
    ['const p=import("/pagefind/pagefind.js")', []],
    ['let e;function t(){return e??=import(t),e}', []],
  ])('%s', (source, expected) => {
    expect(staticImports(source)).toEqual(expected);
  });
});

describe('pageWeight', () => {
  const page = [
    '<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">',
    '<script>document.documentElement.dataset.theme="light"</script>',
    '<script type="module" src="/_astro/entry.js"></script>',
    '<script type="application/ld+json">{"@type":"Question"}</script>',
    '<script type="module">import"/_astro/inline-dep.js";</script>',
    '</head><body>answer<link rel="stylesheet" href="/_astro/print.css" media="print"></body></html>',
  ].join('');
  const files = {
    'q/index.html': page,
    '_astro/a.css': 'body{color:red}',
    '_astro/print.css': '.code .line{white-space:pre-wrap}',
    '_astro/entry.js': 'import{x}from"./shared.js";const s=()=>import("./search.js");x(s)',
    '_astro/shared.js': 'export const x=(f)=>f;',
    '_astro/search.js': 'export const big="x".repeat(100000);',
    '_astro/inline-dep.js': 'console.log(1)',
  };

  test('counts inline scripts, script modules and their static imports; not import() or JSON', () => {
    const weight = pageWeight(site(files), '/q/index.html');
    expect(weight.js.map((file) => file.name).sort()).toEqual(
      ['/_astro/entry.js', '/_astro/inline-dep.js', '/_astro/shared.js', 'inline #1', 'inline #2'].sort(),
    );
    expect(weight.jsGzipBytes).toBe(weight.js.reduce((total, file) => total + file.gzipBytes, 0));
  });

  test('counts linked stylesheets, not print-only ones or other links; the HTML is gzip -9 of the page', () => {
    const weight = pageWeight(site(files), '/q/index.html');
    expect(weight.css).toEqual([{ name: '/_astro/a.css', gzipBytes: gzipSize('body{color:red}') }]);
    expect(weight.htmlGzipBytes).toBe(gzipSize(page));
  });

  test('follows the base path in absolute URLs', () => {
    const based = Object.fromEntries(
      Object.entries(files).map(([path, text]) => [path, text.replaceAll('"/_astro/', '"/sub/_astro/')]),
    );
    const weight = pageWeight(site(based), '/q/index.html', '/sub/');
    expect(weight.css.map((file) => file.name)).toEqual(['/_astro/a.css']);
    expect(weight.js.map((file) => file.name)).toContain('/_astro/shared.js');
  });
});
