/** Runs a command to its end and measures its whole process tree: wall time, CPU of every process, peak memory of all at once. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
// Often enough to see the build's peak (it lasts seconds), seldom enough that reading /proc costs little.
const SAMPLE_MS = 100;

/** What a command cost. */
export interface TreeCost {
  wallMs: number;
  /** User + system time of the command and every process it started, ms; undefined without GNU time. */
  cpuMs: number | undefined;
  /** The largest sum of resident memory of all its processes at one moment, KiB (Linux /proc). */
  peakKiB: number;
}

/** Every process under `root`, from the parent pid in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command name, in parentheses, may hold spaces: the state then the parent pid follow its last ")".
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index] as number) ?? []));
  return tree;
}

function residentKiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs `command args` in `cwd` with `env`; throws with the end of its output when it fails. */
export async function measureTree(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<TreeCost> {
  const usageDir = mkdtempSync(join(tmpdir(), 'measure-tree-'));
  const usageFile = join(usageDir, 'usage');
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-f', '%U %S', '-o', usageFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakKiB = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const total = processTree(child.pid).reduce((sum, pid) => sum + residentKiB(pid), 0);
    peakKiB = Math.max(peakKiB, total);
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => clearInterval(sampler));
  const wallMs = performance.now() - started;
  const usage = timed && existsSync(usageFile) ? readFileSync(usageFile, 'utf8').trim().split('\n').at(-1) : undefined;
  rmSync(usageDir, { recursive: true, force: true });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${status}) in ${cwd}:\n${output}`);
  const [user, system] = (usage ?? '').split(' ').map(Number);
  const cpuMs = user !== undefined && system !== undefined && Number.isFinite(user + system) ? (user + system) * 1000 : undefined;
  return { wallMs, cpuMs, peakKiB };
}
