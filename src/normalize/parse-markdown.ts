/** Parses repaired source text into an mdast tree (CommonMark + GFM tables), keeping positions. */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { type Cut, lineEnd, sectionCuts } from './section-cuts.ts';

/** One section as parsed: where it starts and ends in the text, and its top-level blocks. */
interface Section {
  start: Cut;
  /** Offset past the heading line parsed after the section to check the cut (the text's end for the last one). */
  end: number;
  children: RootContent[];
  /** The position a parse of the section alone gives its root: the first and last sections' make the whole's. */
  position: Root['position'];
}

/**
 * The tree every later pass works on; raw HTML stays as `html` nodes for `html-as-text`. micromark's time
 * grows much faster than the text on a long document, so the text is parsed a section at a time and the
 * sections joined: the tree, positions included, is the one a single parse of the whole text gives.
 */
export function parseMarkdown(text: string): Root {
  // A CR is a line ending to micromark and a BOM is skipped at the start only: both would shift the sections' lines.
  if (text.includes('\r') || text.startsWith('\uFEFF')) return parseWhole(text);
  const sections = parseSections(text, sectionCuts(text));
  if (!addDefinitionsOfOthers(text, sections)) return parseWhole(text);
  const start = sections[0]?.position?.start;
  const end = sections.at(-1)?.position?.end;
  const tree: Root = { type: 'root', children: sections.flatMap((section) => section.children) };
  if (start && end) tree.position = { start, end };
  return tree;
}

function parseWhole(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/**
 * Each section is parsed with the heading line that follows it; the cut holds when that line comes out as a
 * top-level heading, i.e. nothing open (a fence, raw HTML) swallowed it. Otherwise the section takes in the
 * next ones, twice as many each time, so even a block left open to the end costs about two whole-text parses.
 */
function parseSections(text: string, cuts: Cut[]): Section[] {
  const sections: Section[] = [];
  for (let index = 0; index < cuts.length; ) {
    const start = cuts[index] as Cut;
    for (let span = 1; ; span *= 2) {
      const next = cuts[index + span];
      const end = next ? lineEnd(text, next.offset) : text.length;
      const tree = parseSlice(text, start, end, '');
      if (!next) return [...sections, { start, end, children: tree.children, position: tree.position }];
      if (startsHeading(tree.children.at(-1), next)) {
        sections.push({ start, end, children: tree.children.slice(0, -1), position: tree.position });
        index += span;
        break;
      }
    }
  }
  return sections;
}

function startsHeading(node: RootContent | undefined, cut: Cut | undefined): boolean {
  return node?.type === 'heading' && node.position?.start.offset === cut?.offset;
}

/**
 * A reference resolves against definitions anywhere in the document, so a section whose references may name
 * another's definitions is parsed again after stand-ins for them, which are then dropped. False: give up.
 */
function addDefinitionsOfOthers(text: string, sections: Section[]): boolean {
  const own = definitionsBySection(text, sections);
  const all = new Set(own.flatMap((lines) => [...lines]));
  if (all.size === 0) return true;
  for (const [index, section] of sections.entries()) {
    const missing = [...all].filter((line) => !own[index]?.has(line));
    if (missing.length === 0) continue;
    // The rule closes the last stand-in, which as a footnote would take in an indented first line of the section.
    const prefix = `${missing.map((line) => `${line}\n\n`).join('')}***\n`;
    const { children } = parseSlice(text, section.start, section.end, prefix);
    const standIns = children.splice(0, missing.length + 1);
    if (standIns.some((node, at) => (at < missing.length ? definitionLine(node) !== missing[at] : node.type !== 'thematicBreak')))
      return false;
    const next = sections[index + 1]?.start;
    if (next && !startsHeading(children.pop(), next)) return false;
    if ((children[0]?.position?.start.offset ?? section.start.offset) < section.start.offset) return false;
    section.children = children;
  }
  return true;
}

/** Each section's definitions, as the source line of a stand-in; only sections whose text holds a `]:` can have any. */
function definitionsBySection(text: string, sections: Section[]): Array<Set<string>> {
  let mark = text.indexOf(']:');
  return sections.map((section) => {
    const lines = new Set<string>();
    while (mark !== -1 && mark < section.start.offset) mark = text.indexOf(']:', mark + 1);
    if (mark === -1 || mark >= section.end) return lines;
    visit({ type: 'root', children: section.children } satisfies Root, (node) => {
      const line = definitionLine(node);
      if (line) lines.add(line);
    });
    return lines;
  });
}

/** A definition that micromark records under the same identifier as `node`, or undefined for other nodes. */
function definitionLine(node: Nodes): string | undefined {
  if (node.type === 'definition') return `[${node.identifier}]: #`;
  if (node.type === 'footnoteDefinition') return `[^${node.identifier}]: x`;
  return undefined;
}

/** The tree of `text` from `start` to `end`, positioned in the whole text; `prefix` lines parse first. */
function parseSlice(text: string, start: Cut, end: number, prefix: string): Root {
  const tree = parseWhole(prefix + text.slice(start.offset, end));
  shiftPositions(tree, start.line - 1 - (prefix.split('\n').length - 1), start.offset - prefix.length);
  return tree;
}

function shiftPositions(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    const { start, end } = position;
    node.position = {
      start: { line: start.line + lines, column: start.column, offset: (start.offset ?? 0) + offset },
      end: { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset },
    };
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, lines, offset);
}
