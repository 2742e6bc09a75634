// Unit tests for the code-blocks pass: language aliases, file-name titles, code kept verbatim.
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { fileNameTitle, normalizeCodeBlocks } from '../../src/normalize/code-blocks.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

/** The code nodes of the first question after the pass, and the report. */
function run(body: string) {
  const { bank, context } = draftFrom(bankOf(body));
  const before = structuredClone(bank);
  const result = normalizeCodeBlocks(bank, context);
  expect(bank).toEqual(before);
  const codes: Code[] = [];
  for (const block of result.questions[0]?.blocks ?? []) visit(block, 'code', (code: Code) => void codes.push(code));
  return { codes, report: context.report };
}

describe('fileNameTitle', () => {
  test.each([
    ['// server.js - Native WebSocket implementation', 'server.js'],
    ['# docker-compose.yml', 'docker-compose.yml'],
    ['# k8s/deployment.yaml', 'k8s/deployment.yaml'],
    ['# Dockerfile - Multi-stage build', 'Dockerfile'],
    ['# /etc/nginx/conf.d/nodejs-app.conf', '/etc/nginx/conf.d/nodejs-app.conf'],
    ['// tests/unit/services/userService.test.js', 'tests/unit/services/userService.test.js'],
    ['-- migrations/001_init.sql', 'migrations/001_init.sql'],
  ])('%j → %j', (firstLine, title) => {
    expect(fileNameTitle(`${firstLine}\nconst a = 1;`)).toBe(title);
  });

  test.each([
    '// Basic Node.js HTTP Server',
    '# Base Node.js image for microservices',
    '// Usage',
    'const x = 1',
    '// Node.js rocks',
    '',
  ])('%j names no file', (firstLine) => {
    expect(fileNameTitle(`${firstLine}\n// server.js`)).toBeUndefined();
  });
});

describe('normalizeCodeBlocks', () => {
  test.each([
    ['js', 'javascript'],
    ['yml', 'yaml'],
    ['sh', 'bash'],
    ['TS', 'typescript'],
  ])('the alias %s is written %s, with a fix at the fence line', (given, lang) => {
    const { codes, report } = run(`Text.\n\n\`\`\`${given}\nx\n\`\`\``);
    expect(codes.map((code) => code.lang)).toEqual([lang]);
    expect(report).toEqual([
      { pass: 'code-blocks', severity: 'fix', line: 6, message: `code language "${given}" is written "${lang}"` },
    ]);
  });

  test('a canonical language is left alone, with no entry', () => {
    const { codes, report } = run('```javascript\nx\n```');
    expect(codes[0]?.lang).toBe('javascript');
    expect(report).toEqual([]);
  });

  test('a block without a language becomes text, with a warning', () => {
    const { codes, report } = run('```\nplain\n```');
    expect(codes[0]?.lang).toBe('text');
    expect(report).toEqual([
      { pass: 'code-blocks', severity: 'warning', line: 4, message: 'code block without a language: shown as plain text' },
    ]);
  });

  test('the code value is unchanged byte for byte', () => {
    const value = '// server.js\n\tif (a < b) {  \n  return "a\\tb"; // café\n}\n\n';
    const { codes } = run(`\`\`\`js\n${value}\n\`\`\``);
    expect(codes[0]?.value).toBe(value);
  });

  test('a first-line file name becomes the meta title', () => {
    const { codes } = run('```js\n// server.js - Native WebSocket implementation\nx\n```');
    expect(codes[0]?.meta).toBe('title="server.js"');
  });

  test('an existing meta is kept', () => {
    const { codes } = run('```js {1,3}\n// server.js\nx\n```');
    expect(codes[0]?.meta).toBe('{1,3}');
  });

  test('code inside a list item is normalized too', () => {
    const { codes } = run('- Step:\n\n  ```yml\n  # k8s/deployment.yaml\n  a: 1\n  ```');
    expect(codes.map((code) => [code.lang, code.meta])).toEqual([['yaml', 'title="k8s/deployment.yaml"']]);
  });
});
