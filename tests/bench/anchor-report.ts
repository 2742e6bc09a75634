/** The table of our build against Starlight's: ours, Starlight, their ratio, and the target for it. */
import type { TreeCost } from './measure-tree.ts';

/** Medians of the interleaved runs, and the one 10× build. */
export interface AnchorFigures {
  runs: number;
  questions: number;
  starlightVersion: string;
  oursCold: TreeCost;
  starlightCold: TreeCost;
  /** Our rebuild after one question was edited, with the cache of the cold build before it. */
  oursEdited: TreeCost;
  oursTenfold: TreeCost;
}

/** Targets: at most this ratio to Starlight, and the 10× peak memory under 1 GiB. */
const TARGETS = { coldWall: 0.75, coldCpu: 1.0, editedWall: 0.35, tenfoldPeakKiB: 1024 * 1024 } as const;

const seconds = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const mib = (kib: number | undefined) => (kib === undefined || Number.isNaN(kib) ? 'n/a' : `${Math.round(kib / 1024)} MiB`);
const met = (ok: boolean) => (ok ? '✓' : '✗');

/** `ours / theirs` and whether it is within `target`; n/a when either is missing. */
function ratioCells(ours: number | undefined, theirs: number | undefined, target: number | undefined): [string, string] {
  if (ours === undefined || theirs === undefined || Number.isNaN(ours) || Number.isNaN(theirs) || theirs === 0) {
    return ['n/a', target === undefined ? '' : `≤ ${target.toFixed(2)}×`];
  }
  const ratio = ours / theirs;
  return [`${ratio.toFixed(2)}×`, target === undefined ? '' : `≤ ${target.toFixed(2)}× ${met(ratio <= target)}`];
}

/** The Markdown table `npm run bench` prints. */
export function anchorTable(figures: AnchorFigures): string {
  const { oursCold, starlightCold, oursEdited, oursTenfold } = figures;
  const row = (label: string, ours: string, theirs: string, [ratio, target]: [string, string]) =>
    `| ${label} | ${ours} | ${theirs} | ${ratio} | ${target} |`;
  const tenfoldOk = oursTenfold.peakKiB < TARGETS.tenfoldPeakKiB;
  return [
    `| ${figures.questions} questions, median of ${figures.runs} interleaved runs | ours | Starlight ${figures.starlightVersion} | ratio | target |`,
    '| --- | ---: | ---: | ---: | --- |',
    row(
      'cold build: wall',
      seconds(oursCold.wallMs),
      seconds(starlightCold.wallMs),
      ratioCells(oursCold.wallMs, starlightCold.wallMs, TARGETS.coldWall),
    ),
    row(
      'cold build: CPU (user + sys, all processes)',
      seconds(oursCold.cpuMs),
      seconds(starlightCold.cpuMs),
      ratioCells(oursCold.cpuMs, starlightCold.cpuMs, TARGETS.coldCpu),
    ),
    row(
      'one question edited, our cache kept: wall (against Starlight cold)',
      seconds(oursEdited.wallMs),
      seconds(starlightCold.wallMs),
      ratioCells(oursEdited.wallMs, starlightCold.wallMs, TARGETS.editedWall),
    ),
    row(
      'one question edited: CPU (against Starlight cold)',
      seconds(oursEdited.cpuMs),
      seconds(starlightCold.cpuMs),
      ratioCells(oursEdited.cpuMs, starlightCold.cpuMs, undefined),
    ),
    row(
      'cold build: peak memory, all processes',
      mib(oursCold.peakKiB),
      mib(starlightCold.peakKiB),
      ratioCells(oursCold.peakKiB, starlightCold.peakKiB, undefined),
    ),
    row(`10× (${figures.questions * 10} questions), ours cold: peak memory, all processes`, mib(oursTenfold.peakKiB), '', [
      '',
      `< 1 GiB ${met(tenfoldOk)}`,
    ]),
    row(`10×, ours cold: wall / CPU`, `${seconds(oursTenfold.wallMs)} / ${seconds(oursTenfold.cpuMs)}`, '', ['', '']),
  ].join('\n');
}
