// The one table, for the terminal and for docs/benchmark.md (same markdown, padded to align).

import type { HeapFigures } from './heap';
import type { HoverTimes } from './hover';
import type { LookupFigures } from './lookups';
import type { MarkingFigures } from './marking';
import type { SizeFigures } from './sizes';
import type { StartupFigures } from './startup';
import { kb, mb, ms, ratio } from './stats';

export interface BenchFigures {
  marking: MarkingFigures[];
  startup: StartupFigures;
  heap: HeapFigures;
  lookups: LookupFigures;
  latency: string;
  hover: { prefetch: HoverTimes; onDemand: HoverTimes };
  detail: { ms: number; runs: number };
  sizes: SizeFigures;
}

type Row = [measure: string, ours: string, baseline: string, baselineIs: string, ratio: string];

export function tableRows(f: BenchFigures): Row[] {
  const rows: Row[] = [];
  for (const m of f.marking) {
    rows.push([
      `Marking, ${m.rows}-row page (${m.flagged} flagged): main-thread ms per render, median of ${m.runs}`,
      ms(m.markMs),
      ms(m.gridMs),
      "the page's own grid render",
      ratio(m.markMs, m.gridMs),
    ]);
  }
  const big = f.marking[f.marking.length - 1];
  if (big) {
    rows.push([
      `Whole refresh, ${big.rows} rows: store read through the bridge + marking + lookup start`,
      ms(big.refreshMs),
      ms(big.gridMs),
      "the page's own grid render",
      ratio(big.refreshMs, big.gridMs),
    ]);
  }
  const st = f.startup;
  rows.push([
    `Start-up on a page load: evaluation + marking until marked (median of ${st.loads})`,
    `${ms(st.evaluateMs + st.firstMarkMs)} (${ms(st.evaluateMs)} + ${ms(st.firstMarkMs)})`,
    ms(st.gridMs),
    "the page's own grid renders until then",
    ratio(st.evaluateMs + st.firstMarkMs, st.gridMs),
  ]);
  const hp = f.heap;
  rows.push([
    `JS heap on the page after ${hp.operations} grid operations (extension's part: ${mb(hp.activeKB - hp.inactiveKB)})`,
    mb(hp.activeKB),
    mb(hp.inactiveKB),
    'the same soak, extension inactive',
    ratio(hp.activeKB, hp.inactiveKB),
  ]);
  const l = f.lookups;
  rows.push([
    `Log jobs (threat, URL, data, WildFire logs) started for one ${l.rows}-row page (${l.flagged} flagged), ${f.latency}`,
    `${l.extJobs} (${l.extRequests} requests)`,
    `${l.naiveJobs} (${l.naiveRequests} requests)`,
    'one XML API query per flagged row and log database',
    ratio(l.extJobs, l.naiveJobs),
  ]);
  rows.push([
    `Time until every one of the ${l.flagged} flagged rows is answered (ours: with profile names)`,
    ms(l.extMs),
    ms(l.naiveMs),
    'the per-row, per-database queries, 2 in flight, logs only',
    ratio(l.extMs, l.naiveMs),
  ]);
  const dlv = `Detailed Log View, one row (median of ${f.detail.runs})`;
  const hover = (mode: string, t: HoverTimes): Row => [
    `Hover → full answer in the tooltip, ${mode} (median of ${t.runs})`,
    `${ms(t.ms)} (${ms(t.afterDispatchMs)} after dispatch)`,
    ms(f.detail.ms),
    dlv,
    ratio(t.ms, f.detail.ms),
  ];
  rows.push(hover('prefetch', f.hover.prefetch), hover('on-demand mode', f.hover.onDemand));
  const s = f.sizes;
  rows.push([
    'Content script, injected per firewall page (+ main-world bridge)',
    `${kb(s.contentScript.bytes)} (${kb(s.contentScript.gzip)} gz) + ${kb(s.bridge.bytes)} (${kb(s.bridge.gzip)} gz)`,
    'n/a',
    'n/a',
    'n/a',
  ]);
  rows.push([
    `Total package, .output/chrome-mv3 (${s.total.files} files, unpacked)`,
    kb(s.total.bytes),
    'n/a',
    'n/a',
    'n/a',
  ]);
  return rows;
}

const HEADER: Row = ['Measure', 'Threat Lens', 'Baseline', 'Baseline is', 'Ratio'];

export function markdownTable(rows: Row[]): string {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, col) => cell.padEnd(widths[col]!)).join(' | ')} |`;
  const rule = `|${widths.map((w, col) => (col === 0 || col === 3 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(HEADER), rule, ...rows.map(line)].join('\n');
}
