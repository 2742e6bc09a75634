/** Finds the fenced code blocks of a markdown or MDX text, cheaply: what the build can start highlighting early. */

/** A fenced block as the highlighter sees it: its code (no final newline), language and meta string. */
export interface FencedBlock {
  code: string;
  lang: string;
  meta: string | undefined;
}

const OPENING = /^( *)(`{3,}|~{3,})([^`\s]*)[ \t]*(.*)$/;

/**
 * Every fence that opens and closes, in order. It reads lines, not a syntax tree, so a block it gets wrong is
 * only a guess that no page asks for: the highlighter answers pages by exact code, language and meta.
 */
export function fencedBlocks(text: string): FencedBlock[] {
  const lines = text.split('\n');
  const blocks: FencedBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = OPENING.exec(lines[index] ?? '');
    if (!opening) continue;
    const [, indent = '', fence = '', lang = '', meta = ''] = opening;
    const closing = new RegExp(`^ {0,${indent.length + 3}}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end] ?? '')) end++;
    if (end >= lines.length) break;
    const body = lines.slice(index + 1, end).map((line) => line.replace(new RegExp(`^ {0,${indent.length}}`), ''));
    blocks.push({ code: body.join('\n'), lang: lang || 'plaintext', meta: meta.trim() || undefined });
    index = end;
  }
  return blocks;
}
