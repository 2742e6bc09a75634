// Unit tests for the young-generation collector that frees the pixmaps of dropped resvg renders.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Collect, exposedGc, youngCollectionEvery } from '../../src/lib/native-memory.ts';

const PROJECT = resolve(import.meta.dirname, '..', '..');

// 64 social-card-sized renders whose images are dropped, in a fresh process; prints how far memory grew, in MiB.
const RENDERS = `
import { renderAsync } from '@resvg/resvg-js';
import { youngCollectionEvery } from './src/lib/native-memory.ts';
const afterRender = process.env.COLLECT === '1' ? youngCollectionEvery(8) : () => {};
const svg = (i) => '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fff"/>' +
  '<circle cx="' + (300 + i) + '" cy="300" r="120" fill="#0c4a6e"/></svg>';
const png = async (i) => { const image = await renderAsync(svg(i)); const bytes = image.asPng(); afterRender(); return bytes; };
await png(0);
const start = process.memoryUsage().rss;
let peak = start;
for (let i = 1; i <= 64; i++) { await png(i); peak = Math.max(peak, process.memoryUsage().rss); }
console.log(Math.round((peak - start) / 1048576));
`;

function growthMiB(collect: boolean): number {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', RENDERS], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, COLLECT: collect ? '1' : '0' },
  });
  expect(run.stderr).toBe('');
  return Number(run.stdout.trim());
}

describe('youngCollectionEvery', () => {
  test('collects the young generation on every n-th call, and only then', () => {
    const calls: Array<Parameters<Collect>[0]> = [];
    const afterRender = youngCollectionEvery(3, (options) => calls.push(options));
    for (let render = 1; render <= 7; render++) afterRender();
    expect(calls).toEqual([{ type: 'minor' }, { type: 'minor' }]);
  });

  test('without V8 gc it does nothing', () => {
    const afterRender = youngCollectionEvery(1, undefined);
    expect(() => afterRender()).not.toThrow();
  });

  test('V8 gc is reachable without --expose-gc on the command line', () => {
    const gc = exposedGc();
    expect(typeof gc).toBe('function');
    expect(() => gc?.({ type: 'minor' })).not.toThrow();
  });

  test('it keeps 64 dropped 1200×630 renders from holding their pixmaps (3 MB each)', () => {
    const unprompted = growthMiB(false);
    const collected = growthMiB(true);
    // The premise: unprompted, V8 sees too little garbage to collect, so the pixmaps stay.
    expect(unprompted).toBeGreaterThan(110);
    expect(collected).toBeLessThan(80);
  });
});
