/** `npm run normalize`: the normalizer for editors and tools; exit 1 with `<file>:<line>: <message>` on errors. */
import { parseArgs } from 'node:util';
import { describeBanks } from './bank-summary.ts';
import { defaultOptions, runNormalizer, summarize } from './run.ts';

const USAGE =
  'usage: npm run normalize -- [--source <file.md>]... [--out <dir>] [--report <file.json>] [--overrides <file.yaml>] [--permalinks <file.json>] [--check] [--verbose]';

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      source: { type: 'string', multiple: true },
      out: { type: 'string' },
      report: { type: 'string' },
      overrides: { type: 'string' },
      permalinks: { type: 'string' },
      check: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;
}

function main(argv: string[]): number {
  let values: ReturnType<typeof parseOptions>;
  try {
    values = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const defaults = defaultOptions();
  const { result, errors } = runNormalizer({
    sources: values.source ?? defaults.sources,
    outDir: values.out ?? defaults.outDir,
    overridesFile: values.overrides ?? defaults.overridesFile,
    reportFile: values.report ?? (values.out ? undefined : defaults.reportFile),
    // The checked-in manifest describes the checked-in banks, so other sources are checked only against one named here.
    permalinksFile: values.permalinks ?? (values.source ? undefined : defaults.permalinksFile),
    updatePermalinks: true,
    check: values.check,
  });
  if (errors.length > 0) {
    process.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  }
  process.stdout.write(
    `${[...describeBanks(result), summarize(result, values.verbose ? Number.POSITIVE_INFINITY : 2)].join('\n')}\n`,
  );
  if (values.check) process.stdout.write('check only: nothing written\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
