/** The build's one Shiki highlighter: a fenced block in, its highlighted `<pre>` out, kept in the build cache. */
import type { Element } from 'hast';
import { createHighlighter, isSpecialLang, type ShikiTransformer } from 'shiki';
import { cached, cacheKey, jsonCodec, packageVersion, sourceDigest } from '../lib/build-cache.ts';
import { shikiConfig } from './shiki-config.ts';

/** A fenced block as the highlighter sees it: its code (no final newline), language and meta string. */
export interface FencedBlock {
  code: string;
  lang: string;
  meta: string | undefined;
}

type Highlighter = Awaited<ReturnType<typeof createHighlighter>>;

let highlighter: Promise<Highlighter> | undefined;

// Created on the first block, once, with both code themes in one merged theme; languages load on first use.
function theHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: [shikiConfig.theme], langs: [] });
  return highlighter;
}

async function usableLanguage(shiki: Highlighter, lang: string): Promise<string> {
  if (isSpecialLang(lang) || shiki.getLoadedLanguages().includes(lang)) return lang;
  try {
    await shiki.loadLanguage(lang as Parameters<Highlighter['loadLanguage']>[0]);
    return lang;
  } catch {
    // What Astro's own highlighter does with a language Shiki does not know.
    console.warn(`[Shiki] The language "${lang}" doesn't exist, falling back to "plaintext".`);
    return 'plaintext';
  }
}

/** Astro's attribute for the language, which code frames and styles read (`data-language`). */
const languageAttribute = (lang: string): ShikiTransformer => ({
  pre(pre: Element) {
    pre.properties.dataLanguage = lang;
  },
});

/** The block's `<pre>`, its lines as one raw HTML node (see shiki-raw-lines.ts). */
export async function highlightBlock({ code, lang, meta }: FencedBlock): Promise<Element> {
  const shiki = await theHighlighter();
  const resolved = await usableLanguage(shiki, lang);
  const root = shiki.codeToHast(code, {
    lang: resolved,
    theme: shikiConfig.theme,
    meta: meta === undefined ? {} : { __raw: meta },
    transformers: [languageAttribute(resolved), ...shikiConfig.transformers],
  });
  return root.children[0] as Element;
}

/** What shapes every block's `<pre>` besides the block: the merged theme, Shiki, and our code in this folder. */
let shapedBy: string | undefined;
const highlightCodec = jsonCodec<Element>();

/** The block's `<pre>` as `highlightBlock` makes it, from the build cache when an earlier build made it. */
export function highlightCached(block: FencedBlock): Promise<Element> {
  shapedBy ??= cacheKey([shikiConfig.theme, packageVersion('shiki'), sourceDigest(['src/markdown'])]);
  const key = cacheKey([shapedBy, block.code, block.lang, block.meta ?? null]);
  return cached('highlight', key, highlightCodec, () => highlightBlock(block));
}
