/** Worker thread holding the build's one Shiki highlighter: code is tokenized beside Astro's main thread, not on it. */
import { parentPort } from 'node:worker_threads';
import type { Element } from 'hast';
import { createHighlighter, isSpecialLang, type ShikiTransformer } from 'shiki';
import type { HighlightReply, HighlightRequest } from './highlight-protocol.ts';
import { shikiConfig } from './shiki-config.ts';

// Languages load on first use: the highlighter is created once, with both code themes in one merged theme.
const highlighter = await createHighlighter({ themes: [shikiConfig.theme], langs: [] });

async function usableLanguage(lang: string): Promise<string> {
  if (isSpecialLang(lang) || highlighter.getLoadedLanguages().includes(lang)) return lang;
  try {
    await highlighter.loadLanguage(lang as Parameters<typeof highlighter.loadLanguage>[0]);
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

async function highlight({ code, lang, meta }: HighlightRequest): Promise<Element> {
  const resolved = await usableLanguage(lang);
  const root = highlighter.codeToHast(code, {
    lang: resolved,
    theme: shikiConfig.theme,
    meta: meta === undefined ? {} : { __raw: meta },
    transformers: [languageAttribute(resolved), ...shikiConfig.transformers],
  });
  return root.children[0] as Element;
}

parentPort?.on('message', async (request: HighlightRequest) => {
  let reply: HighlightReply;
  try {
    reply = { id: request.id, pre: await highlight(request) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
