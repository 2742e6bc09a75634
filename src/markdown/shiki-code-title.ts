/** Shiki transformer: carries a fence's `title="server.js"` meta onto the `<pre>` as `data-title`, for the code frame. */
import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';

const TITLE = /(?:^|\s)title=(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/;

/** The title a fence's meta string names (`js title="a.js"` meta is `title="a.js"`), or undefined. */
export function fenceTitle(meta: string | undefined): string | undefined {
  const match = meta === undefined ? null : TITLE.exec(meta);
  if (!match) return undefined;
  if (match[2] !== undefined) return match[2] || undefined;
  try {
    // The normalizer writes the title with JSON.stringify, so escapes follow JSON's rules.
    return JSON.parse(`"${match[1] ?? ''}"`) || undefined;
  } catch {
    return match[1] || undefined;
  }
}

/** The transformer: `data-title` on the `<pre>` when the fence has a title. */
export function shikiCodeTitle(): ShikiTransformer {
  return {
    name: 'code-title',
    pre(pre: Element) {
      const title = fenceTitle(this.options.meta?.__raw);
      if (title) pre.properties.dataTitle = title;
    },
  };
}
