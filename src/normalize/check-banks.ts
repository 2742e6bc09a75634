/** `npm run check:banks -- <folder>`: normalizes every bank of a folder, writes nothing, prints one row per bank. */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { bankSummaries } from './bank-summary.ts';
import { loadOverrides } from './overrides.ts';
import { normalize } from './pipeline.ts';
import { NormalizeError } from './report.ts';
import { formatEntry } from './run.ts';
import { sourceFiles } from './sources.ts';

const USAGE = 'usage: npm run check:banks -- <folder> [--overrides <file.yaml>] [--verbose]';
const COLUMNS = ['file', 'rule', 'questions', 'sections', 'difficulty labels', 'lines kept', 'warnings', 'errors'];

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { overrides: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  const [folder] = positionals;
  if (!folder || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let files: string[];
  try {
    files = sourceFiles(folder);
  } catch {
    process.stderr.write(`${folder}: cannot read the folder\n`);
    return 2;
  }
  const texts = new Map(files.map((file) => [file, readFileSync(file)]));
  let overrides: ReturnType<typeof loadOverrides>;
  try {
    // No editor's choices for someone else's banks unless named: the project's overrides describe its own bank.
    overrides = loadOverrides(values.overrides ?? '/nonexistent/overrides.yaml');
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    process.stderr.write(`${error.format()}\n`);
    return 1;
  }
  const sources = files.map((file) => ({ file, id: basename(file, extname(file)), bytes: texts.get(file) ?? new Uint8Array() }));
  const nonBlank = (file: string) =>
    (texts.get(file)?.toString('utf8') ?? '').split('\n').filter((line) => line.trim() !== '').length;
  // Each bank alone, so one bank's error does not blank the others' rows; then all together, as a site publishes them.
  const alone = sources.map((source) => bankSummaries(normalize([source], overrides), nonBlank)[0]);
  const together = normalize(
    sources.filter((_, index) => alone[index]?.errors === 0),
    overrides,
  );
  const rows = alone.flatMap((row) =>
    row
      ? [
          [
            basename(row.file),
            row.rule,
            String(row.questions),
            String(row.sections),
            row.difficultyLabels.join(', ') || 'none',
            `${row.linesKept}/${row.linesTotal}`,
            String(row.warnings),
            String(row.errors),
          ],
        ]
      : [],
  );
  process.stdout.write(`${table([COLUMNS, ...rows])}\n\n`);
  for (const row of alone) if (row?.reason) process.stdout.write(`${basename(row.file)}: ${row.reason}\n`);
  process.stdout.write(
    `together: ${together.questions.length} questions in ${together.banks.length} bank(s) (${together.banks.map((bank) => bank.id).join(', ')})\n`,
  );
  const result = {
    ...together,
    report: [
      ...together.report,
      ...sources.flatMap((source, index) => (alone[index]?.errors ? normalize([source], overrides).report : [])),
    ],
  };
  const shown = result.report.filter((entry) => entry.severity === 'error' || (values.verbose && entry.severity === 'warning'));
  if (shown.length > 0) process.stderr.write(`${shown.map(formatEntry).join('\n')}\n`);
  return result.report.some((entry) => entry.severity === 'error') ? 1 : 0;
}

/** A markdown table, each column as wide as its widest cell. */
export function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

process.exitCode = main(process.argv.slice(2));
