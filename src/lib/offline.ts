/** Offline reading: the build's list of files (sizes, content hashes, version), the sets a reader can save, and their size. */
import { baseFolder } from './urls.ts';

/** Inside the site: the service worker, the offline page and the build's file list. */
export const OFFLINE_FILES = { worker: 'sw.js', page: 'offline/', list: 'offline/files.json' } as const;

/** `offline/files.json`. Keys are paths under the base, a page by its folder (`topics/x/`, the home page ''). */
export interface OfflineFileList {
  /** Changes whenever any file's bytes change: it names the worker's cache. */
  version: string;
  /** Every file of the build: its size in bytes and the start of its SHA-256, hex. */
  files: Record<string, [bytes: number, hash: string]>;
  /** Installed with the worker: the offline page and what it loads. */
  shell: string[];
  /** What any saved set needs beside its pages: styles, scripts, the search index, the offline page. */
  shared: string[];
  /** Each set's pages, by the path of the set's own page. */
  sets: Record<string, string[]>;
  /** Redirect pages → where they point, so a saved question that was renamed stays reachable. */
  moved: Record<string, string>;
}

/** Every file a set needs (its pages, then the shared files), each once. */
export function filesOfSet(list: Pick<OfflineFileList, 'files' | 'shared'>, pages: readonly string[]): string[] {
  return [...new Set([...pages, ...list.shared])].filter((key) => key in list.files);
}

/** The bytes a set downloads when nothing of it is saved yet. */
export function setBytes(list: Pick<OfflineFileList, 'files' | 'shared'>, pages: readonly string[]): number {
  return filesOfSet(list, pages).reduce((total, key) => total + (list.files[key]?.[0] ?? 0), 0);
}

/** A size as people read it: "840 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The start of every Cache Storage name the worker of a site under `base` uses; the version follows it. */
export function cachePrefix(base: string): string {
  return `interview-bank-offline:${base}:`;
}

/** True for the address of the offline page (kept out of the sitemap); `base` as configured. */
export function isOfflinePage(page: string, base: string): boolean {
  return new URL(page).pathname === `${baseFolder(base)}${OFFLINE_FILES.page}`;
}
