/**
 * Step on the repaired text, before parsing: blanks the lines that only served the raw file on GitHub ("back to
 * top" links, badge and banner images before the first heading, HTML comments, lone `<br>` spacers, a docs site's
 * `<TOCInline />`), each listed in the report with its lines. Blanking keeps every other line's number, so later messages still point at the source.
 */
import { fencedLines } from './fences.ts';
import type { ReportEntry } from './report.ts';

const BACK_TO_TOP = /^(?:[\p{P}\p{S}\s]|back|to|top|go)*$/iu;
const LINK_TO_ANCHOR = /\]\(#[^)]*\)|href=["']#/;
const HTML_BLOCK_OPEN = /^\s*<(div|p)\b[^>]*>\s*$/i;
const HTML_TAGS_ONLY = /^\s*(?:<\/?[a-z][^>]*>\s*)+$/i;
const BADGE_LINE = /^\s*(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?\s*)+$/;
const SPACER = /^\s*<br\s*\/?>\s*$/i;
/** A documentation site's table-of-contents component standing alone (`<TOCInline toc={toc} />`); case matters: `TOC`. */
const TOC_COMPONENT = /^\s*<[A-Za-z]*TOC[A-Za-z]*\b[^>]*\/>\s*$/;
const MAX_HTML_BLOCK_LINES = 12;

/** Text the reader would see in a line: tags, link targets and emphasis marks removed. */
function visibleText(line: string): string {
  return line
    .replace(/<[^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_[\]]/g, '')
    .trim();
}

function isBackToTop(text: string): boolean {
  const visible = visibleText(text);
  return LINK_TO_ANCHOR.test(text) && /top/i.test(visible) && BACK_TO_TOP.test(visible);
}

/** Returns the text with navigation lines blanked; each dropped span is reported as a fix with its lines. */
export function dropNavigation(text: string, report: ReportEntry[]): string {
  const lines = text.split('\n');
  const inFence = fencedLines(lines);
  let beforeFirstHeading = true;
  const drop = (start: number, end: number, what: string) => {
    // Gone, an unindented line could no longer end a list before indented text, which would then join the list's
    // last item (indented code read as a paragraph of it): such a line stays, and is shown as the text it is.
    if (!/^[ \t]/.test(lines[start] ?? '') && /^[ \t]/.test(nextText(lines, end + 1))) return;
    for (let at = start; at <= end; at++) lines[at] = '';
    const span = start === end ? `line ${start + 1}` : `lines ${start + 1}-${end + 1}`;
    report.push({
      pass: 'drop-navigation',
      severity: 'fix',
      line: start + 1,
      endLine: end + 1,
      message: `${what} (${span}) dropped: it only served the raw file`,
    });
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (inFence[index]) continue;
    if (/^#{1,6}\s/.test(line) && !/^#\s/.test(line)) beforeFirstHeading = false;
    if (isBackToTop(line)) drop(index, index, '"back to top" link');
    else if (SPACER.test(line)) drop(index, index, 'spacer <br>');
    else if (/^\s*<!--.*-->\s*$/.test(line)) drop(index, index, 'HTML comment');
    else if (TOC_COMPONENT.test(line)) drop(index, index, 'table-of-contents component');
    else if (beforeFirstHeading && BADGE_LINE.test(line)) drop(index, index, 'badge line');
    else if (HTML_BLOCK_OPEN.test(line)) {
      const end = htmlBlockEnd(lines, index);
      if (end === undefined) continue;
      const block = lines.slice(index, end + 1).join('\n');
      if (isBackToTop(block)) drop(index, end, '"back to top" link');
      else if (beforeFirstHeading && /<img\b/i.test(block) && visibleText(block) === '') drop(index, end, 'banner image');
      else continue;
      index = end;
    }
  }
  return lines.join('\n');
}

/** The first line from `from` on that is not blank, or '' when there is none. */
function nextText(lines: readonly string[], from: number): string {
  for (let at = from; at < lines.length; at++) if (lines[at]?.trim()) return lines[at] ?? '';
  return '';
}

/** The line that closes the `<div>` or `<p>` opened at `start` (nesting counted) or ends its HTML block, when every line between is tags or a "back to top" link. */
function htmlBlockEnd(lines: string[], start: number): number | undefined {
  const tag = HTML_BLOCK_OPEN.exec(lines[start] ?? '')?.[1]?.toLowerCase() ?? 'div';
  let depth = 0;
  for (let end = start; end < lines.length && end - start < MAX_HTML_BLOCK_LINES; end++) {
    const line = lines[end] ?? '';
    // A blank line ends an HTML block in CommonMark, closed or not.
    if (line.trim() === '') return end - 1;
    if (!HTML_TAGS_ONLY.test(line) && !isBackToTop(line)) return undefined;
    depth += (line.match(new RegExp(`<${tag}\\b`, 'gi')) ?? []).length;
    depth -= (line.match(new RegExp(`</${tag}>`, 'gi')) ?? []).length;
    if (depth <= 0) return end;
  }
  return undefined;
}
