// Unit tests for the overrides loader: defaults, and errors that name the file, the line and the key.
import { describe, expect, test } from 'vitest';
import { emptyOverrides, loadOverrides, overridesForBank, parseOverrides } from '../../src/normalize/overrides.ts';
import { NormalizeError } from '../../src/normalize/report.ts';

/** The NormalizeError that parsing `text` throws. */
function errorOf(text: string): NormalizeError {
  try {
    parseOverrides(text, 'overrides.yaml');
  } catch (error) {
    if (error instanceof NormalizeError) return error;
    throw error;
  }
  throw new Error('parseOverrides did not throw');
}

describe('parseOverrides', () => {
  test('valid YAML parses, with defaults filled in', () => {
    const overrides = parseOverrides(
      'banks:\n  b:\n    difficultyWords:\n      intermediate: medium\n    topics:\n      streams:\n        name: Streams\n    questions:\n      what-is-x:\n        difficulty: hard\n',
      'overrides.yaml',
    );
    expect(overrides).toEqual({
      banks: {
        b: {
          difficultyWords: { intermediate: 'medium' },
          topics: { streams: { name: 'Streams', keywords: [] } },
          questions: { 'what-is-x': { difficulty: 'hard' } },
        },
      },
      redirects: {},
      file: 'overrides.yaml',
    });
  });

  test('a bank sees its own block only, scoped for messages; another bank sees nothing overridden', () => {
    const overrides = parseOverrides('banks:\n  b:\n    questions:\n      what-is-x:\n        difficulty: hard\n', 'o.yaml');
    expect(overridesForBank(overrides, 'b')).toMatchObject({
      questions: { 'what-is-x': { difficulty: 'hard' } },
      scope: 'banks.b',
    });
    expect(overridesForBank(overrides, 'new-bank')).toEqual({
      difficultyWords: {},
      topics: {},
      questions: {},
      file: 'o.yaml',
      scope: 'banks.new-bank',
    });
  });

  test.each(['questions', 'topics', 'difficultyWords'])(
    '%s at the top level is an error at its line saying where it goes',
    (key) => {
      const error = errorOf(`redirects: {}\n${key}: {}\n`);
      expect(error.format()).toBe(`overrides.yaml:2: ${key}: choices are per bank now; move this under banks.<bank id>.${key}`);
    },
  );

  test('an empty file is empty overrides', () => {
    expect(parseOverrides('', 'o.yaml')).toEqual(emptyOverrides('o.yaml'));
  });

  test.each([
    ['a duplicate key', 'difficultyWords:\n  intermediate: medium\n  intermediate: hard\n', 3, 'Map keys must be unique'],
    ['a misaligned key', 'redirects:\n  a: b\n c: d\n', 3, 'All mapping items must start at the same column'],
  ])('a YAML syntax error (%s) is reported at its line', (_, text, line, message) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.format()).toMatch(new RegExp(`^overrides\\.yaml:${line}: ${message}`));
  });

  test('a YAML syntax error does not repeat its position after the message', () => {
    const error = errorOf('redirects:\n  what-is-x: {difficulty: hard\n');
    expect(error.format()).toBe('overrides.yaml:3: Flow map in block collection must be sufficiently indented and end with a }');
  });

  test.each([
    ['at the top', 'redirects: {}\n\ncolour: red\n', 3, 'colour: Unrecognized key: "colour"'],
    [
      'inside a question',
      'banks:\n  b:\n    questions:\n      what-is-x:\n        difficulty: hard\n        colour: red\n',
      6,
      'banks.b.questions.what-is-x.colour: Unrecognized key: "colour"',
    ],
  ])('an unknown key %s is an error at its own line', (_, text, line, message) => {
    const error = errorOf(text);
    expect([error.line, error.message]).toEqual([line, message]);
  });

  test('difficulty: tricky under a question names the key and its line', () => {
    const error = errorOf(
      'banks:\n  b:\n    questions:\n      what-is-x:\n        topics: [streams]\n\n        difficulty: tricky\n',
    );
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/^banks\.b\.questions\.what-is-x\.difficulty: /);
    expect(error.format()).toMatch(/^overrides\.yaml:7: banks\.b\.questions\.what-is-x\.difficulty: .*"hard"/);
  });

  test.each([
    [
      'a bad question key',
      'banks:\n  b:\n    questions:\n      Bad_Slug:\n        difficulty: hard\n',
      4,
      'banks.b.questions.Bad_Slug: must be lower-case',
    ],
    [
      'a bad slug value',
      'banks:\n  b:\n    questions:\n      what-is-x:\n        slug: Not A Slug\n',
      5,
      'banks.b.questions.what-is-x.slug: must be lower-case',
    ],
    ['a bad redirect target', 'redirects:\n  old: New_Slug\n', 2, 'redirects.old: must be lower-case'],
  ])('%s is an error naming its path, at its line', (_, text, line, start) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.message.startsWith(start)).toBe(true);
  });
});

describe('loadOverrides', () => {
  test('a missing file is empty overrides that keep the file name', () => {
    const overrides = loadOverrides('/nonexistent/dir/overrides.yaml');
    expect(overrides).toEqual(emptyOverrides('/nonexistent/dir/overrides.yaml'));
    expect(overrides.banks).toEqual({});
  });
});

describe('questionShape: the rule pinned per bank', () => {
  test("a valid pin parses, in its bank's block", () => {
    const overrides = parseOverrides('banks:\n  faq:\n    questionShape:\n      rule: plain-heading\n      depth: 3\n', 'o.yaml');
    expect(overridesForBank(overrides, 'faq').questionShape).toEqual({ rule: 'plain-heading', depth: 3 });
    expect(overridesForBank(overrides, 'other').questionShape).toBeUndefined();
  });

  test.each([
    ['an unknown rule', 'banks:\n  faq:\n    topics: {}\n    questionShape:\n      rule: headings\n', 5],
    ['a depth past h6', 'banks:\n  faq:\n    questionShape:\n      rule: plain-heading\n      depth: 7\n', 5],
  ])('%s is an error at its line', (_, text, line) => {
    expect(errorOf(text).format()).toMatch(new RegExp(`^overrides\\.yaml:${line}: banks\\.faq\\.questionShape\\.`));
  });
});
