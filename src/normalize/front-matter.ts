/** Step on the repaired text, before parsing: reads YAML front matter (`title`, `description`) as the bank's metadata. */
import { parse } from 'yaml';
import type { ReportEntry } from './report.ts';

const OPENING = /^---\s*$/;
const CLOSING = /^(---|\.\.\.)\s*$/;

/** What front matter says about the bank. */
export interface BankMetadata {
  title?: string | undefined;
  description?: string | undefined;
}

/**
 * Front matter is the `---` block on the first line; its lines are blanked (line numbers stay) and reported. A block
 * that is not a YAML map is left as text with a warning, so nothing is lost to a guess.
 */
export function readFrontMatter(text: string, report: ReportEntry[]): { text: string; metadata: BankMetadata } {
  const lines = text.split('\n');
  if (!OPENING.test(lines[0] ?? '')) return { text, metadata: {} };
  const end = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (end === -1) return { text, metadata: {} };
  let data: unknown;
  try {
    data = parse(lines.slice(1, end).join('\n'));
  } catch {
    data = undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report.push({
      pass: 'front-matter',
      severity: 'warning',
      line: 1,
      message: 'the --- block on line 1 is not YAML front matter: it is kept as text',
    });
    return { text, metadata: {} };
  }
  const record = data as Record<string, unknown>;
  const text_ = (key: string) => (typeof record[key] === 'string' && record[key].trim() ? record[key].trim() : undefined);
  const metadata = { title: text_('title'), description: text_('description') };
  const others = Object.keys(record).filter((key) => key !== 'title' && key !== 'description');
  const unused = others.length > 0 ? `; not used: ${others.join(', ')}` : '';
  report.push({
    pass: 'front-matter',
    severity: 'fix',
    line: 1,
    endLine: end + 1,
    message: `front matter (lines 1-${end + 1}) is the bank's metadata: ${
      Object.entries(metadata)
        .filter(([, value]) => value)
        .map(([key]) => key)
        .join(', ') || 'nothing the site uses'
    }${unused}`,
  });
  return { text: [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n'), metadata };
}
