// Repairs encoding damage in markdown source: a leading BOM, CRLF/CR line endings and UTF-8 mojibake.
import iconv from 'iconv-lite';
import { type ReportEntry, reporter } from './report.ts';

/** The legacy code pages whose mis-decoding of UTF-8 we know how to undo, in the order they are tried. */
export type MojibakeCodec = 'Mac Roman' | 'Windows-1252';

/** One run of mis-decoded text: its 1-based line, the run as found, and the text it stood for. */
export interface Mojibake {
  line: number;
  run: string;
  repaired: string;
  codec: MojibakeCodec;
}

/** Builds a character → byte table for a single-byte code page, plus characters the codec itself cannot map back. */
function byteTable(codec: string, extra: ReadonlyArray<readonly [string, number]>): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  const chars = [
    ...iconv.decode(
      Uint8Array.from({ length: 256 }, (_, i) => i),
      codec,
    ),
  ];
  // iconv-lite decodes undefined bytes as U+FFFD and *encodes* U+FFFD as one of them (0xF0, 0x9D);
  // a U+FFFD in the text means the byte is already lost, so it must not be guessed back.
  chars.forEach((ch, byte) => {
    if (ch !== '\uFFFD') table.set(ch, byte);
  });
  for (const [ch, byte] of extra) table.set(ch, byte);
  return table;
}

const codecs: ReadonlyArray<{ name: MojibakeCodec; table: ReadonlyMap<string, number> }> = [
  // Apple's decoders show 0xF0 (the lead byte of every 4-byte emoji) as the Apple logo U+F8FF; iconv-lite leaves it out.
  { name: 'Mac Roman', table: byteTable('macroman', [['\uF8FF', 0xf0]]) },
  // Browsers and Python decode cp1252's five undefined bytes as the C1 controls of the same number.
  {
    name: 'Windows-1252',
    table: byteTable(
      'win1252',
      [0x81, 0x8d, 0x8f, 0x90, 0x9d].map((b) => [String.fromCharCode(b), b] as const),
    ),
  },
];

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Undoes one mis-decoding of `run`, trying each codec in turn; undefined if none yields different, valid UTF-8. */
function repairRun(run: string): { repaired: string; codec: MojibakeCodec } | undefined {
  next: for (const { name, table } of codecs) {
    const bytes: number[] = [];
    for (const ch of run) {
      const byte = table.get(ch);
      if (byte === undefined) continue next;
      bytes.push(byte);
    }
    let repaired: string;
    try {
      repaired = utf8.decode(Uint8Array.from(bytes));
    } catch {
      continue;
    }
    if (repaired !== run) return { repaired, codec: name };
  }
  return undefined;
}

// Mojibake of UTF-8 is always made of non-ASCII characters, since every byte of a multi-byte sequence is >= 0x80.
const NON_ASCII_RUN = /[\u0080-\uFFFF]+/g;
const LINE_BREAK = /\r\n?|\n/g;

/** Runs with their offsets, so repairEncoding can splice without scanning twice. */
function scan(text: string): Array<Mojibake & { index: number }> {
  const found: Array<Mojibake & { index: number }> = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(NON_ASCII_RUN)) {
    const run = match[0];
    const fix = repairRun(run);
    if (fix === undefined) continue;
    line += text.slice(counted, match.index).match(LINE_BREAK)?.length ?? 0;
    counted = match.index;
    found.push({ line, run, ...fix, index: match.index });
  }
  return found;
}

/** Every run of non-ASCII characters that reads as UTF-8 mis-decoded as Mac Roman or Windows-1252, with its repair. */
export function findMojibake(text: string): Mojibake[] {
  return scan(text).map(({ index: _, ...m }) => m);
}

/** Drops a BOM, turns CRLF/CR into LF and repairs mojibake, adding a `fix` entry for each change to `report`. */
export function repairEncoding(text: string, report: ReportEntry[]): string {
  const { fix } = reporter('repair-encoding', report);
  let out = text;
  if (out.startsWith('\uFEFF')) {
    out = out.slice(1);
    fix(1, 'removed byte order mark (U+FEFF)');
  }

  const firstCR = out.indexOf('\r');
  if (firstCR >= 0) {
    const crlf = out.match(/\r\n/g)?.length ?? 0;
    const cr = (out.match(/\r/g)?.length ?? 0) - crlf;
    const line = (out.slice(0, firstCR).match(/\n/g)?.length ?? 0) + 1;
    out = out.replace(/\r\n?/g, '\n');
    const kinds = [crlf > 0 ? `${crlf} CRLF` : '', cr > 0 ? `${cr} CR` : ''].filter(Boolean).join(' and ');
    fix(line, `converted ${kinds} line ending${crlf + cr === 1 ? '' : 's'} to LF`);
  }

  const found = scan(out);
  if (found.length === 0) return out;
  const parts: string[] = [];
  let from = 0;
  for (const m of found) {
    fix(m.line, `mojibake "${m.run}" → "${m.repaired}" (${m.codec})`);
    parts.push(out.slice(from, m.index), m.repaired);
    from = m.index + m.run.length;
  }
  parts.push(out.slice(from));
  return parts.join('');
}
