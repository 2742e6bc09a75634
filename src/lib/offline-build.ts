/** Build-time parts of the offline file list: file keys, content hashes, the version, what a set's page links to. */
import { createHash } from 'node:crypto';
import type { OfflineFileList } from './offline.ts';

/** The key of a built file: `topics/x/index.html` → `topics/x/`, `index.html` → '', others as they are. */
export function fileKey(path: string): string {
  return path === 'index.html' || path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The start of a file's SHA-256 (16 hex digits): what the worker checks a download against. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The build's version: a hash of every file's key and hash, in key order, so any changed byte changes it. */
export function versionOf(files: OfflineFileList['files']): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(files).sort()) hash.update(`${key}\0${files[key]?.[1]}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The question pages a set's page links to (`href="<base>questions/<slug>/"`, with or without a #section), each once, in page order. */
export function questionPagesLinked(html: string, base: string): string[] {
  const pattern = new RegExp(`href="${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(questions/[a-z0-9-]+/)(?:#[^"]*)?"`, 'g');
  return [...new Set([...html.matchAll(pattern)].map((match) => match[1] ?? ''))];
}

/** Where a redirect page points (its meta refresh), as a key under `base`; undefined for other pages. */
export function redirectTarget(html: string, base: string): string | undefined {
  const url = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
  return url?.startsWith(base) ? url.slice(base.length) : undefined;
}
