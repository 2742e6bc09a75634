// Unit tests for the overrides loader: defaults, and errors that name the file, the line and the key.
import { describe, expect, test } from 'vitest';
import { emptyOverrides, loadOverrides, parseOverrides } from '../../src/normalize/overrides.ts';
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
      'difficultyWords:\n  intermediate: medium\ntopics:\n  streams:\n    name: Streams\nquestions:\n  what-is-x:\n    difficulty: hard\n',
      'overrides.yaml',
    );
    expect(overrides).toEqual({
      difficultyWords: { intermediate: 'medium' },
      topics: { streams: { name: 'Streams', keywords: [] } },
      questions: { 'what-is-x': { difficulty: 'hard' } },
      redirects: {},
      questionShapes: {},
      file: 'overrides.yaml',
    });
  });

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
    const error = errorOf('questions:\n  what-is-x: {difficulty: hard\n');
    expect(error.format()).toBe('overrides.yaml:3: Flow map in block collection must be sufficiently indented and end with a }');
  });

  test.each([
    ['at the top', 'redirects: {}\n\ncolour: red\n', 3, 'colour: Unrecognized key: "colour"'],
    [
      'inside a question',
      'questions:\n  what-is-x:\n    difficulty: hard\n    colour: red\n',
      4,
      'questions.what-is-x.colour: Unrecognized key: "colour"',
    ],
  ])('an unknown key %s is an error at its own line', (_, text, line, message) => {
    const error = errorOf(text);
    expect([error.line, error.message]).toEqual([line, message]);
  });

  test('difficulty: tricky under a question names the key and its line', () => {
    const error = errorOf('questions:\n  what-is-x:\n    topics: [streams]\n\n    difficulty: tricky\n');
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/^questions\.what-is-x\.difficulty: /);
    expect(error.format()).toMatch(/^overrides\.yaml:5: questions\.what-is-x\.difficulty: .*"hard"/);
  });

  test.each([
    ['a bad question key', 'questions:\n  Bad_Slug:\n    difficulty: hard\n', 2, 'questions.Bad_Slug: must be lower-case'],
    ['a bad slug value', 'questions:\n  what-is-x:\n    slug: Not A Slug\n', 3, 'questions.what-is-x.slug: must be lower-case'],
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
    expect(overrides.questions).toEqual({});
  });
});

describe('questionShapes: the rule pinned per bank file', () => {
  test('a valid pin parses', () => {
    const overrides = parseOverrides('questionShapes:\n  README.md:\n    rule: plain-heading\n    depth: 3\n', 'o.yaml');
    expect(overrides.questionShapes).toEqual({ 'README.md': { rule: 'plain-heading', depth: 3 } });
  });

  test.each([
    ['an unknown rule', 'topics: {}\nquestionShapes:\n  README.md:\n    rule: headings\n', 4],
    ['a depth past h6', 'questionShapes:\n  a.md:\n    rule: plain-heading\n    depth: 7\n', 4],
  ])('%s is an error at its line', (_, text, line) => {
    expect(errorOf(text).format()).toMatch(new RegExp(`^overrides\\.yaml:${line}: questionShapes\\.`));
  });
});
