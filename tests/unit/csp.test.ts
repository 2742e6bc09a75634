// Unit tests for the CSP helpers: script hashes, inline scripts and policies read from HTML, the header policy.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cspConfig, headerPolicy } from '../../src/integrations/csp-headers.ts';
import { directiveSources, inlineScripts, metaPolicy, scriptHash } from '../../src/lib/csp.ts';
import { scanTags } from '../../src/lib/html-scan.ts';

describe('scriptHash', () => {
  test.each([
    ['', 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ["alert('Hello, world.');", 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='],
  ])('%j → %s (known vectors: the empty string, the CSP specification example)', (text, hash) => {
    expect(scriptHash(text)).toBe(hash);
  });

  test('hashes the exact text: a trailing newline is another script', () => {
    expect(scriptHash('x()\n')).not.toBe(scriptHash('x()'));
  });
});

describe('inlineScripts', () => {
  test('classic and module scripts without src, in page order, text exact', () => {
    const html = '<script>a()</script><p>x</p><script type="module">\nb()\n</script><SCRIPT TYPE="text/javascript">c()</SCRIPT >';
    expect(inlineScripts(html)).toEqual(['a()', '\nb()\n', 'c()']);
  });

  test.each([
    ['an external script', '<script src="/x.js"></script>'],
    ['an external module', '<script type="module" src="/_astro/x.js"></script>'],
    ['JSON data', '<script type="application/ld+json">{"a":1}</script>'],
    ['an import map', '<script type="importmap">{}</script>'],
  ])('%s is not an inline script', (_, html) => {
    expect(inlineScripts(html)).toEqual([]);
  });
});

describe('metaPolicy and directiveSources', () => {
  const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' &#39;sha256-x=&#39;; style-src 'self' 'unsafe-inline' ;"></head>`;

  test('the policy of the meta, entities decoded', () => {
    expect(metaPolicy(html)).toBe("default-src 'self';script-src 'self' 'sha256-x='; style-src 'self' 'unsafe-inline' ;");
    expect(metaPolicy('<meta name="description" content="x">')).toBeUndefined();
  });

  test('a page scanned once answers both questions as its HTML does', () => {
    const page = `${html}<script>a()</script><script src="/x.js"></script>`;
    const tags = scanTags(page);
    expect(metaPolicy(tags)).toBe(metaPolicy(page));
    expect(inlineScripts(tags)).toEqual(['a()']);
  });

  test('the sources of a directive, or undefined when it is absent', () => {
    const policy = metaPolicy(html) ?? '';
    expect(directiveSources(policy, 'script-src')).toEqual(["'self'", "'sha256-x='"]);
    expect(directiveSources(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directiveSources(policy, 'img-src')).toBeUndefined();
  });
});

describe('the policy the site ships', () => {
  test('the theme script, inlined as written, is allowed by hash', () => {
    const theme = readFileSync('src/scripts/theme-init.js', 'utf8');
    expect(cspConfig().scriptDirective?.hashes).toContain(scriptHash(theme));
  });

  test('the header policy: strict directives, sorted unique hashes, no unsafe-inline for scripts', () => {
    const policy = headerPolicy(['sha256-b=', 'sha256-a=', 'sha256-b=']);
    expect(policy).toBe(
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; " +
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; style-src 'self' 'unsafe-inline'",
    );
  });

  test('the <meta> carries no directive a browser ignores there', () => {
    for (const directive of cspConfig().directives ?? []) expect(directive).not.toMatch(/^(frame-ancestors|report-uri|sandbox)/);
  });
});
