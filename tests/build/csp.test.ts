// Build test: the Content-Security-Policy of dist/. Every page has a strict <meta> policy that allows each of its
// inline scripts by hash, dist/_headers carries the same policy for the whole site, and no page needs more.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { directiveSources, inlineScripts, metaPolicy, scriptHash } from '../../src/lib/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { scanTags } from '../../src/lib/html-scan.ts';

const DIST = 'dist';
const pages = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(DIST, join(entry.parentPath, entry.name)))
  .sort();
const html = (page: string) => readFileSync(join(DIST, page), 'utf8');
const headerPolicy = headersFor(parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')), '/questions/x/')[
  'Content-Security-Policy'
];

describe('dist/_headers', () => {
  test('sends one strict policy for every path', () => {
    const policy = headerPolicy ?? '';
    expect(directiveSources(policy, 'default-src')).toEqual(["'self'"]);
    expect(directiveSources(policy, 'img-src')).toEqual(["'self'", 'data:']);
    expect(directiveSources(policy, 'object-src')).toEqual(["'none'"]);
    expect(directiveSources(policy, 'base-uri')).toEqual(["'self'"]);
    expect(directiveSources(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directiveSources(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const scripts = directiveSources(policy, 'script-src') ?? [];
    expect(scripts.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const source of scripts.slice(2)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});

describe.each(pages)('%s', (page) => {
  const text = html(page);
  const policy = metaPolicy(text) ?? '';

  test('has a <meta> policy as strict as the header, and nothing a <meta> cannot carry', () => {
    expect(policy).not.toBe('');
    for (const name of ['default-src', 'img-src', 'object-src', 'base-uri', 'style-src']) {
      expect(directiveSources(policy, name), name).toEqual(directiveSources(headerPolicy ?? '', name));
    }
    expect(directiveSources(policy, 'frame-ancestors')).toBeUndefined();
    expect(directiveSources(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(directiveSources(policy, 'script-src')).not.toContain("'unsafe-eval'");
  });

  test('every inline script is allowed by its hash, in the <meta> and in _headers', () => {
    const scripts = inlineScripts(text);
    const meta = directiveSources(policy, 'script-src') ?? [];
    const header = directiveSources(headerPolicy ?? '', 'script-src') ?? [];
    for (const script of scripts) {
      const source = `'${scriptHash(script)}'`;
      expect(meta, script.slice(0, 80)).toContain(source);
      expect(header, script.slice(0, 80)).toContain(source);
    }
  });

  test('no inline event handler or javascript: URL, which the policy would block', () => {
    for (const { name, attributes } of scanTags(text)) {
      for (const [key, value] of attributes) {
        expect(key, `<${name} ${key}>`).not.toMatch(/^on/);
        expect(value.trim(), `<${name} ${key}>`).not.toMatch(/^javascript:/i);
      }
    }
  });
});
