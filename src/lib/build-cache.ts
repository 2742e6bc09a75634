/**
 * A content-addressed cache in Astro's cache folder for work that is expensive and pure (highlighted code blocks,
 * social cards): an entry's name is the hash of everything that makes it, so it is never stale, only unused.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where entries live: under the `cacheDir` of astro.config.mjs, relative to the project, where Astro runs. */
const BUILD_CACHE_DIR = join('.astro', 'cache', 'build');

/** The key of a piece of work: a SHA-256 of its inputs, in order (any JSON value). */
export function cacheKey(inputs: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** The installed version of a package, a part of the key of whatever it makes. */
export function packageVersion(name: string): string {
  const manifest = createRequire(join(process.cwd(), 'package.json')).resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * A digest of our own source files that shape an entry (paths relative to the project; a folder stands for every
 * file in it): editing one of them gives every entry it shapes a new key.
 */
export function sourceDigest(paths: readonly string[]): string {
  const files = paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [path],
  );
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** What `cached` keeps on disk and gives back. */
export interface Codec<T> {
  /** The file name's extension, e.g. `png`. */
  extension: string;
  encode(value: T): Uint8Array | string;
  decode(bytes: Buffer): T;
}

let unique = 0;

/** Entries being made now, by file: what they will store, encoded. */
const beingMade = new Map<string, Promise<Uint8Array | string>>();

/**
 * The entry of `kind` under `key`, or `make()`'s answer, stored for next time. A write goes to a temporary
 * file renamed into place, so a build that stops half-way (or a second build beside it) never leaves half an entry.
 * Asks for an entry that is being made wait for it instead of making it again (pages of one build are compiled
 * at the same time, and a block several pages show would otherwise be highlighted once for each); every caller
 * gets its own copy, decoded from what is stored.
 */
export async function cached<T>(
  kind: string,
  key: string,
  codec: Codec<T>,
  make: () => Promise<T>,
  dir: string = BUILD_CACHE_DIR,
): Promise<T> {
  const folder = join(dir, kind);
  const file = join(folder, `${key}.${codec.extension}`);
  let stored: Buffer | undefined;
  try {
    stored = readFileSync(file);
  } catch {
    // Not made yet.
  }
  if (stored) return codec.decode(stored);
  let encoded = beingMade.get(file);
  if (!encoded) {
    encoded = makeAndStore(file, codec, make);
    beingMade.set(file, encoded);
    // Once stored (or failed), a later ask reads the file (or tries again), as a later build would.
    encoded.then(
      () => beingMade.delete(file),
      () => beingMade.delete(file),
    );
  }
  return codec.decode(Buffer.from(await encoded));
}

async function makeAndStore<T>(file: string, codec: Codec<T>, make: () => Promise<T>): Promise<Uint8Array | string> {
  const encoded = codec.encode(await make());
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${unique++}.tmp`;
  writeFileSync(temporary, encoded);
  renameSync(temporary, file);
  return encoded;
}

/** Entries that are JSON: hast trees. */
export function jsonCodec<T>(): Codec<T> {
  return {
    extension: 'json',
    encode: (value) => JSON.stringify(value),
    decode: (bytes) => JSON.parse(bytes.toString('utf8')) as T,
  };
}

/** Entries that are bytes (images), stored with the file name extension given. */
export function bytesCodec(extension: string): Codec<Uint8Array<ArrayBuffer>> {
  return { extension, encode: (value) => value, decode: (bytes) => new Uint8Array(bytes) };
}
