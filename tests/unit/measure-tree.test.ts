// The bench's whole-tree runner: it finds every process a command started, counts their CPU, and reports failures.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { measureTree, processTree } from '../bench/measure-tree.ts';

test('the process tree holds a child and the grandchild it started', async () => {
  const child = spawn('sh', ['-c', 'sleep 60 & echo $!; wait'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const grandchild = await new Promise<number>((resolve) => child.stdout.once('data', (data) => resolve(Number(String(data)))));
  try {
    expect(processTree(process.pid)).toEqual(expect.arrayContaining([child.pid, grandchild]));
  } finally {
    process.kill(grandchild);
    child.kill();
  }
});

test('the memory a grandchild holds counts, and CPU is reported', async () => {
  // The grandchild holds 64 MiB through a fixed amount of work: the slower the machine, the more samples see it.
  const work =
    'const held = Buffer.alloc(64 * 1024 * 1024, 1); let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; console.log(x > 0, held.length);';
  const grandchild = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(work)}], { stdio: 'inherit' });`;
  const cost = await measureTree(process.execPath, ['-e', grandchild], process.cwd(), process.env);
  expect(cost.peakKiB).toBeGreaterThan(64 * 1024);
  if (existsSync('/usr/bin/time')) expect(cost.cpuMs).toBeGreaterThan(0);
  else expect(cost.cpuMs).toBeUndefined();
});

test('a failing command throws with its output', async () => {
  await expect(
    measureTree(process.execPath, ['-e', 'console.error("broken bank"); process.exit(3)'], process.cwd(), process.env),
  ).rejects.toThrow(/exit 3[\s\S]*broken bank/);
});
