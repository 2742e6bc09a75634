// Unit test for exitBuild: the process idles (timers due meanwhile run) and then exits with the given code.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const PROJECT = resolve(import.meta.dirname, '..', '..');

test('exits with the code, after letting the event loop idle', () => {
  const script = [
    "import { exitBuild } from './src/integrations/exit-build.ts';",
    "setTimeout(() => console.log('idle before exit'), 10);",
    'await exitBuild(3);',
    "console.log('never printed');",
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT, encoding: 'utf8' });
  expect(run.status).toBe(3);
  expect(run.stdout).toBe('idle before exit\n');
});
