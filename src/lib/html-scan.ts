/** A small scanner for the HTML Astro writes: start tags in order, their attributes, and script and style text. */

/** One start tag; `text` is the raw content of a `<script>` or `<style>`. */
export interface StartTag {
  name: string;
  /** Attribute values with character references decoded; a bare attribute has the value ''. */
  attributes: Map<string, string>;
  text?: string;
}

// A whole start tag, quoted values included, so a `<` inside a value (`content="a <b>"`) is never taken for a tag.
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (`&amp;`, `&#39;`, `&#x27;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return NAMED[lower] ?? reference;
  });
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', ...values] of text.matchAll(ATTRIBUTE)) {
    attributes.set(name.toLowerCase(), decodeEntities(values.find((value) => value !== undefined) ?? ''));
  }
  return attributes;
}

/**
 * Every start tag in document order, or only those named in `only` (lower case): the others are still walked past,
 * so a tag inside script text is never taken for one, but their attributes are not read. Comments are skipped, and
 * script and style content is text, not markup.
 */
export function scanTags(html: string, only?: ReadonlySet<string>): StartTag[] {
  const found: StartTag[] = [];
  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    const tag: StartTag | undefined = !only || only.has(name) ? { name, attributes: attributesOf(match[2] ?? '') } : undefined;
    if (tag) found.push(tag);
    at = TAG.lastIndex;
    if (name === 'script' || name === 'style') {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = at;
      const end = close.exec(html);
      if (tag) tag.text = html.slice(at, end ? end.index : html.length);
      at = end ? close.lastIndex : html.length;
    }
    at = html.indexOf('<', at);
  }
  return found;
}
