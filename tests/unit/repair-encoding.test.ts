// Unit tests for the encoding repair pass: BOM, line endings and mojibake.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { findMojibake, repairEncoding } from '../../src/normalize/repair-encoding.ts';
import type { ReportEntry } from '../../src/normalize/report.ts';

// Builds Windows-1252 mojibake the way a browser would: each UTF-8 byte shown as its cp1252 character,
// and cp1252's five undefined bytes as the C1 controls of the same number.
const asWin1252 = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) => ([0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b) ? String.fromCharCode(b) : iconv.decode(Buffer.from([b]), 'win1252')))
    .join('');

const run = (text: string) => {
  const report: ReportEntry[] = [];
  return { out: repairEncoding(text, report), report };
};

describe('mojibake repair', () => {
  test.each([
    ['‚úÖ', '✅', 'Mac Roman'],
    ['‚ùå', '❌', 'Mac Roman'],
    ['\uF8FFüöÄ', '🚀', 'Mac Roman'],
    ['‚ö†Ô∏è', '⚠️', 'Mac Roman'],
    ['âœ…', '✅', 'Windows-1252'],
    [asWin1252('🚀'), '🚀', 'Windows-1252'],
    // 😁 is F0 9F 98 81: its last byte is one of cp1252's undefined bytes, seen as U+0081.
    [asWin1252('😁'), '😁', 'Windows-1252'],
    [asWin1252('✝'), '✝', 'Windows-1252'],
  ])('%j → %s (%s)', (input, expected, codec) => {
    const { out, report } = run(input);
    expect(out).toBe(expected);
    expect(report).toEqual([
      { pass: 'repair-encoding', severity: 'fix', line: 1, message: `mojibake "${input}" → "${expected}" (${codec})` },
    ]);
  });

  test('the 4-byte Windows-1252 case really is four cp1252 characters', () => {
    expect(asWin1252('🚀')).toBe('ðŸš€');
  });

  test('repairs a run inside a line and leaves the rest alone', () => {
    expect(run("console.log('‚úÖ Connected')").out).toBe("console.log('✅ Connected')");
  });

  test('repairs several runs on one line separately', () => {
    const { out, report } = run('‚úÖ pass, ‚ùå fail, \uF8FFüöÄ go');
    expect(out).toBe('✅ pass, ❌ fail, 🚀 go');
    expect(report).toHaveLength(3);
  });

  test.each([
    ['é', 'café'],
    ['ï', 'naïve'],
    ['curly quotes', '“quotes”'],
    ['em dash', 'a — b'],
    ['correct ✅', 'done ✅'],
    ['correct 🚀', 'launch 🚀'],
    ['CJK', '日本語'],
    ['lone ‚ between spaces', 'a ‚ b'],
    ['plain ASCII', 'const x = 1;\n'],
    // U+FFFD means the byte is already lost; iconv-lite would encode it as 0xF0 and "repair" this to 🚀.
    ['U+FFFD is not guessed', '\uFFFDüöÄ'],
  ])('leaves %s untouched', (_, text) => {
    const { out, report } = run(text);
    expect(out).toBe(text);
    expect(report).toEqual([]);
    expect(findMojibake(text)).toEqual([]);
  });

  test.each([
    ['mojibake', '‚úÖ ok\n\uF8FFüöÄ\nâœ… and é'],
    ['BOM and CRLF', '\uFEFFa\r\nb ‚ùå\r\n'],
    ['correct text', 'naïve “quotes” — ✅ 🚀 日本語'],
  ])('is idempotent on %s', (_, text) => {
    const once = run(text).out;
    const twice = run(once);
    expect(twice.out).toBe(once);
    expect(twice.report).toEqual([]);
  });
});

describe('BOM and line endings', () => {
  test('drops a leading BOM with one fix at line 1', () => {
    const { out, report } = run('\uFEFF# Title\n');
    expect(out).toBe('# Title\n');
    expect(report).toEqual([{ pass: 'repair-encoding', severity: 'fix', line: 1, message: 'removed byte order mark (U+FEFF)' }]);
  });

  test('keeps a BOM that is not at the start (not an encoding artefact we own)', () => {
    expect(run('a\uFEFFb').out).toBe('a\uFEFFb');
  });

  test('turns CRLF into LF with one fix at the first CRLF line', () => {
    const { out, report } = run('a\nb\r\nc\r\nd');
    expect(out).toBe('a\nb\nc\nd');
    expect(report).toEqual([
      { pass: 'repair-encoding', severity: 'fix', line: 2, message: 'converted 2 CRLF line endings to LF' },
    ]);
  });

  test('turns lone CR into LF and counts both kinds', () => {
    const { out, report } = run('a\rb\r\nc\rd');
    expect(out).toBe('a\nb\nc\nd');
    expect(report.map((e) => [e.line, e.message])).toEqual([[1, 'converted 1 CRLF and 2 CR line endings to LF']]);
  });

  test('uses the singular for one line ending', () => {
    expect(run('a\r\nb').report[0]?.message).toBe('converted 1 CRLF line ending to LF');
  });
});

describe('line numbers', () => {
  test('entries refer to lines of the input as given', () => {
    const input = '\uFEFF# T\r\n\r\n‚úÖ one\r\nplain\r\ntwo ‚ùå and \uF8FFüöÄ\r\n';
    const { out, report } = run(input);
    expect(out).toBe('# T\n\n✅ one\nplain\ntwo ❌ and 🚀\n');
    expect(report.map((e) => [e.line, e.message.split(' ')[0]])).toEqual([
      [1, 'removed'],
      [1, 'converted'],
      [3, 'mojibake'],
      [5, 'mojibake'],
      [5, 'mojibake'],
    ]);
  });

  test('findMojibake counts lone CR and CRLF as line breaks', () => {
    expect(findMojibake('a\rb\r\nc\n‚úÖ').map((m) => m.line)).toEqual([4]);
  });
});

describe('the real source bank', () => {
  const text = readFileSync('content/nodejs-interview-questions.md', 'utf8');
  const lines = (s: string) => s.split('\n').length - 1;

  test('has 103 Mac Roman mojibake runs of 27 distinct strings', () => {
    const found = findMojibake(text);
    // The brief expected 146; the file holds exactly 103 non-ASCII runs (grep -cP '[^\x00-\x7F]' agrees), all mojibake.
    expect(found).toHaveLength(103);
    expect(new Set(found.map((m) => m.run)).size).toBe(27);
    expect(new Set(found.map((m) => m.codec))).toEqual(new Set(['Mac Roman']));
  });

  test('repair leaves no mojibake and keeps every line', () => {
    const report: ReportEntry[] = [];
    const out = repairEncoding(text, report);
    expect(findMojibake(out)).toEqual([]);
    expect(out).toContain('✅');
    expect(out).toContain('🚀');
    expect(lines(text)).toBe(14879);
    expect(lines(out)).toBe(14879);
    expect(report).toHaveLength(103);
    expect(repairEncoding(out, [])).toBe(out);
  });
});
