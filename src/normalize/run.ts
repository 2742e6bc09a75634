/** The one entry point the CLI and the Astro integration share: read sources, normalize, write or check. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { loadOverrides } from './overrides.ts';
import { type FileReportEntry, type NormalizeResult, normalize } from './pipeline.ts';
import { NormalizeError } from './report.ts';
import { writeOutput } from './write-output.ts';

/** Where things are; every path is relative to the project root unless absolute. */
export interface RunOptions {
  sources: string[];
  outDir: string;
  overridesFile: string;
  reportFile: string | undefined;
  /** Validate only: nothing is written. */
  check: boolean;
}

/** The defaults: every `content/*.md`, the content collections folder, `content/overrides.yaml`. */
export function defaultOptions(root = '.'): RunOptions {
  const contentDir = join(root, 'content');
  const sources = readdirSync(contentDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(contentDir, name));
  const outDir = join(root, 'src', 'content');
  return {
    sources,
    outDir,
    overridesFile: join(contentDir, 'overrides.yaml'),
    reportFile: join(outDir, 'report.json'),
    check: false,
  };
}

/** Outcome of a run: the result, and the errors as `<file>:<line>: <message>` lines. */
export interface RunOutcome {
  result: NormalizeResult;
  errors: string[];
}

/** Runs the normalizer; writes pages and report only when there is no error. */
export function runNormalizer(options: RunOptions): RunOutcome {
  let result: NormalizeResult;
  try {
    const overrides = loadOverrides(options.overridesFile);
    const sources = options.sources.map((file) => ({ file, id: basename(file, extname(file)), bytes: readSource(file) }));
    result = normalize(sources, overrides);
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    const entry: FileReportEntry = {
      file: error.file,
      pass: 'load',
      severity: 'error',
      line: error.line,
      message: error.message,
    };
    result = { banks: [], questions: [], report: [entry] };
  }
  const errors = result.report.filter((entry) => entry.severity === 'error').map(formatEntry);
  if (errors.length === 0 && !options.check) {
    writeOutput(options.outDir, result);
    if (options.reportFile) writeFileSync(options.reportFile, `${JSON.stringify(result.report, null, 2)}\n`);
  }
  return { result, errors };
}

function readSource(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch {
    throw new NormalizeError(file, 1, 'cannot read the source file');
  }
}

/** `<file>:<line>: <message>`, the form editors' tools jump from. */
export function formatEntry(entry: FileReportEntry): string {
  return `${entry.file}:${entry.line}: ${entry.message}`;
}

/** A readable summary: counts per pass, every warning, and the first fixes of each pass. */
export function summarize(result: NormalizeResult, examplesPerPass = 2): string {
  const lines = [`${result.questions.length} questions in ${result.banks.length} bank(s)`];
  const byPass = Map.groupBy(
    result.report.filter((entry) => entry.severity === 'fix'),
    (entry) => entry.pass,
  );
  for (const [pass, entries] of byPass) {
    lines.push(`  ${pass}: ${entries.length} fix${entries.length === 1 ? '' : 'es'}`);
    for (const entry of entries.slice(0, examplesPerPass)) lines.push(`    ${formatEntry(entry)}`);
  }
  const warnings = result.report.filter((entry) => entry.severity === 'warning');
  if (warnings.length > 0) lines.push(`${warnings.length} warning(s):`, ...warnings.map((entry) => `  ${formatEntry(entry)}`));
  return lines.join('\n');
}
