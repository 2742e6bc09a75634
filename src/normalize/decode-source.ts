// Turns a source file's bytes into text, refusing anything that is not valid UTF-8.
import { NormalizeError } from './report.ts';

// ignoreBOM keeps a leading U+FEFF in the text so repair-encoding can report and drop it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes `bytes` as strict UTF-8; throws a NormalizeError naming the line and column of the first invalid byte. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    // TextDecoder says only that the bytes are bad, not where, so find the spot ourselves.
    const at = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    // Columns count characters, as editors do, not bytes.
    const column = [...strict.decode(bytes.subarray(lineStart, at))].length + 1;
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new NormalizeError(file, line, `invalid UTF-8 (byte 0x${hex} at column ${column}); save the file as UTF-8`);
  }
}

/** Offset of the byte that starts the first malformed UTF-8 sequence (WHATWG rules), or `bytes.length` if none. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let tail: number;
    // The second byte's range is narrowed to rule out overlong forms, surrogates and code points past U+10FFFF.
    let lo = 0x80;
    let hi = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) tail = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      tail = 2;
      if (lead === 0xe0) lo = 0xa0;
      if (lead === 0xed) hi = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      tail = 3;
      if (lead === 0xf0) lo = 0x90;
      if (lead === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= tail; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lo || next > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += tail + 1;
  }
  return bytes.length;
}
