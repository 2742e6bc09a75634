/**
 * Hast pass (Sätteri): highlights each fenced code block with our Shiki highlighter (one tokenization for both
 * code themes), in place of Astro's (`markdown.syntaxHighlight: false`).
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { classes, codeOf } from './hast-element.ts';
import { highlightCached } from './shiki-highlighter.ts';

/** What highlights one block: Shiki (or the build cache) in the build, something simpler in tests. */
export type Highlight = (code: string, lang: string, meta: string | undefined) => Promise<Element>;

/** Languages left as plain `<pre>` (Astro's default list: math is for a math renderer, not Shiki). */
const NOT_CODE = new Set(['math']);

interface VisitContext {
  textContent(node: Readonly<Element>): string;
}

function languageOf(code: Element): string {
  const fromClass = classes(code)
    .find((name) => name.startsWith('language-'))
    ?.slice('language-'.length);
  return (code.data as { lang?: string } | undefined)?.lang ?? fromClass ?? 'plaintext';
}

/** The pass; the block's language and meta are read as Astro's own highlighter reads them. */
export function highlightPlugin(
  highlight: Highlight = (code, lang, meta) => highlightCached({ code, lang, meta }),
): HastPluginDefinition {
  return {
    name: 'highlight',
    element: {
      filter: ['pre'],
      visit(node: Readonly<Element>, ctx: VisitContext) {
        const code = codeOf(node);
        if (!code) return undefined;
        const lang = languageOf(code);
        if (NOT_CODE.has(lang)) return undefined;
        const meta = (code.data as { meta?: string } | undefined)?.meta ?? undefined;
        return highlight(ctx.textContent(code).replace(/\n$/, ''), lang, meta);
      },
    },
  };
}
