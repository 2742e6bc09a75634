// Unit tests for strict UTF-8 decoding of source files.
import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../src/normalize/decode-source.ts';
import { NormalizeError } from '../../src/normalize/report.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

/** Runs decodeSource expecting it to throw, and returns the NormalizeError. */
const failure = (input: Uint8Array, file = 'x.md'): NormalizeError => {
  try {
    decodeSource(input, file);
  } catch (e) {
    if (e instanceof NormalizeError) return e;
    throw e;
  }
  throw new Error('decodeSource did not throw');
};

describe('decodeSource', () => {
  test.each([
    ['ASCII', 'hello\nworld\n'],
    ['accents and punctuation', 'café naïve “quotes” — ok'],
    ['emoji and CJK', '✅ 🚀 ⚠️ 日本語'],
    ['mojibake that is valid UTF-8', '‚úÖ \uF8FFüöÄ'],
    ['empty', ''],
  ])('round-trips %s', (_, text) => {
    expect(decodeSource(new TextEncoder().encode(text), 'x.md')).toBe(text);
  });

  test('keeps a leading BOM for repair-encoding to report', () => {
    expect(decodeSource(bytes(0xef, 0xbb, 0xbf, 0x61), 'x.md')).toBe('\uFEFFa');
  });

  test('invalid byte: NormalizeError with file, line and column', () => {
    const e = failure(Buffer.from([0x61, 0x0a, 0x62, 0xff]));
    expect(e.format()).toBe('x.md:2: invalid UTF-8 (byte 0xFF at column 2); save the file as UTF-8');
    expect(e.file).toBe('x.md');
    expect(e.line).toBe(2);
  });

  test.each([
    ['stray continuation byte', bytes(0x61, 0x80), 1, '0x80', 2],
    ['Latin-1 é', bytes(0x63, 0x61, 0x66, 0xe9, 0x0a), 1, '0xE9', 4],
    ['truncated sequence at end of file', bytes(0x0a, 0x0a, 0xe2, 0x9c), 3, '0xE2', 1],
    ['lead byte followed by ASCII', bytes(0xe2, 0x41), 1, '0xE2', 1],
    ['overlong encoding', bytes(0xc0, 0xaf), 1, '0xC0', 1],
    ['encoded surrogate', bytes(0xed, 0xa0, 0x80), 1, '0xED', 1],
    ['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 1, '0xF4', 1],
    // Column counts characters: "✅é" is 5 bytes but 2 characters before the bad byte.
    ['after multi-byte characters', bytes(0x0a, 0xe2, 0x9c, 0x85, 0xc3, 0xa9, 0xff), 2, '0xFF', 3],
  ])('%s', (_, input, line, byte, column) => {
    const e = failure(input, 'doc.md');
    expect(e.line).toBe(line);
    expect(e.message).toBe(`invalid UTF-8 (byte ${byte} at column ${column}); save the file as UTF-8`);
  });

  test('reports the first invalid byte when there are several', () => {
    expect(failure(bytes(0x61, 0x0a, 0x0a, 0xfe, 0x0a, 0xff)).format()).toMatch(/^x\.md:3: .*0xFE at column 1/);
  });
});
