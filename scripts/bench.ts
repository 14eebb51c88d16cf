// `npm run bench`: one table, each figure beside a baseline measured in the same run, against the
// PAN-OS simulator in Debian Chromium with the extension loaded. Prints it; with `--write`
// (`npm run bench -- --write`) also writes docs/benchmark.md and README's table, so a plain run
// leaves the work tree as it was. Pieces are in scripts/bench/.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/browser';
import { type Faults, startSimulator } from '../tests/sim/index';
import { buildE2eExtension } from './bench/extension';
import { measureSoakHeap } from './bench/heap';
import { detailedLogView, hoverOnDemand, hoverPrefetched } from './bench/hover';
import { measureLookups } from './bench/lookups';
import { describeMachine, machineLine } from './bench/machine';
import { measureMarking } from './bench/marking';
import { flaggedRows, openTrafficPage } from './bench/page';
import { replaceMarkedBlock } from './bench/readme-table';
import { type BenchFigures, markdownTable, tableRows } from './bench/report';
import { measureSizes } from './bench/sizes';
import { measureStartup } from './bench/startup';

const RUNS = 15;
const PREFETCH_HOVERS = 10;
const DETAIL_RUNS = 3;
const ON_DEMAND_HOVERS = 5;
const STARTUP_LOADS = 5;
const WRITE = process.argv.includes('--write');
/** The job latency shared by the lookups and both hover-to-answer flows. */
const LATENCY_MS = 100;
const LOOKUP_FAULTS: Partial<Faults> = {
  jobPollsToFinish: 1,
  latencyMs: { 'log-data': LATENCY_MS, direct: LATENCY_MS, api: LATENCY_MS },
};
const LATENCY_TEXT = `jobs finish on the 2nd poll, +${LATENCY_MS} ms per request`;

const step = (text: string) => console.log(`[bench] ${text}`);
const began = Date.now();
const machine = describeMachine();

step('building the e2e variant (simulator host pre-granted)…');
const extension = buildE2eExtension();
const sizes = measureSizes();
// The grid's own jobs finish at the first poll while rendering is timed: only rendering matters there.
const sim = await startSimulator({ port: 0, faults: { jobPollsToFinish: 0 } });
const browser = await launchWithExtension({ extensionDir: extension.dir });
let figures: Omit<BenchFigures, 'heap'>;
try {
  const page = await openTrafficPage(browser, sim);
  const marking = [];
  for (const size of [20, 100]) {
    step(`marking: ${RUNS} refreshes of a ${size}-row page…`);
    marking.push(await measureMarking(page, size, RUNS));
  }
  step(`start-up: ${STARTUP_LOADS} page loads…`);
  const startup = await measureStartup(page, sim, STARTUP_LOADS);

  step(`lookups: one fresh 100-row page, then one query per flagged row and log database (${LATENCY_TEXT})…`);
  sim.setFaults(LOOKUP_FAULTS);
  await page.evaluate(`localStorage.setItem('pan.monitor.log.pageSize', '100')`);
  const lookups = await measureLookups(page, sim);

  const { flagged } = await flaggedRows(page);
  step(`hover: ${PREFETCH_HOVERS} prefetched rows, ${DETAIL_RUNS} Detailed Log Views (5 s poll)…`);
  const prefetchRows = flagged.slice(0, PREFETCH_HOVERS);
  const prefetch = await hoverPrefetched(page, prefetchRows);
  const detailRows = flagged.slice(0, DETAIL_RUNS);
  const detailMs = await detailedLogView(page, detailRows);
  step(`hover: ${ON_DEMAND_HOVERS} rows in on-demand mode…`);
  const onDemand = await hoverOnDemand(page, browser, sim, ON_DEMAND_HOVERS);

  figures = {
    marking,
    startup,
    lookups,
    latency: LATENCY_TEXT,
    hover: { prefetch, onDemand },
    detail: { ms: detailMs, runs: detailRows.length },
    sizes,
  };
} finally {
  await browser.close();
}
let heap: BenchFigures['heap'];
try {
  step("heap: the soak's grid operations with the extension active, then inactive…");
  sim.resetFaults();
  sim.setFaults({ jobPollsToFinish: 0 });
  heap = await measureSoakHeap(extension.dir, sim);
} finally {
  await sim.close();
  extension.dispose();
}

const table = markdownTable(tableRows({ ...figures, heap }));
const took = `${Math.round((Date.now() - began) / 1000)} s`;
const REPRODUCE =
  '`npm run bench` (it runs `npm run build`, then `scripts/bench.ts`, which builds the e2e variant ' +
  'itself and starts its own simulator and headless Chromium; no other setup).';

console.log(`\nMachine: ${machineLine(machine)}\n`);
console.log(table);
console.log(`\nReproduce: ${REPRODUCE} This run took ${took}.`);

const doc = `# Benchmark

<!-- Written by \`npm run bench\` (scripts/bench.ts): edit the script, not this file. -->

Measured ${new Date().toISOString().slice(0, 10)} against the PAN-OS simulator's default scenario;
every baseline comes from the same run.
Machine: ${machineLine(machine)}.

${table}

How each figure is taken:
- **Marking**: User Timing measures on the page's one timeline (a content script's
  \`performance.measure\` lands there in Chromium; the bench fails if it sees none).
  \`threat-lens:mark\` covers flagging rows, placing each badge (plain DOM in a shadow root,
  moved from the row the render dropped, or built when there is none) and the page summary, summed over every refresh pass one grid render causes; \`sim:grid-render\` is the
  page's own \`GridView.refresh\` (row markup and \`innerHTML\`). Both are script time: the
  style and layout work that follows is not in either. The page is re-rendered with its own
  Refresh button ${RUNS} times per size after 2 warm-up refreshes; medians.
- **Start-up**: ${STARTUP_LOADS} loads of the Traffic page, each a fresh document.
  \`threat-lens:evaluate\` runs from the content script's first module to the end of its
  \`main()\` (the browser's parse and compile of the file come before and are not in it);
  the marking is every \`threat-lens:mark\` until the loaded page is marked, beside the page's
  own grid renders until then. Medians.
- **Heap**: the soak's ${heap.operations} grid operations (paging, refresh, filters, leaving and
  coming back) in one session, then two forced garbage collections and the page's JS heap in
  use (the page and the content script share it). The baseline is the same soak with the
  store build, which has no permission for the simulator's host, so nothing is injected.
- **Lookups**: log jobs counted from the simulator's request log (distinct job ids of queries of
  the threat, URL, data and WildFire logs, two per related-log request). The baseline is real: one
  XML API query per flagged session (session id and time window) and per log database, polled
  with the extension's own backoff, two in flight. Same simulator, same latency: ${LATENCY_TEXT}.
- **Hover → answer**: from the \`mouseover\` event's timestamp to the tooltip showing the
  headline, timed in the page; in brackets, the part after the page received the event (the
  rest is the browser delivering input, aligned to frames). The baseline is the UI's own way to
  the same facts for one row: the magnifier click to the Detailed Log View's related logs,
  which the UI polls every 5 s.
- **Sizes**: \`.output/chrome-mv3\` from \`npm run build\`; gz is gzip -9, for scale only.

Reproduce: ${REPRODUCE}
Other load on the machine moves the milliseconds; the job counts do not.
`;
if (WRITE) {
  writeFileSync(resolve('docs/benchmark.md'), doc);
  const readmeBlock = `Measured ${new Date().toISOString().slice(0, 10)}; machine: ${machineLine(machine)}.\n\n${table}`;
  const inReadme = replaceMarkedBlock(resolve('README.md'), readmeBlock);
  console.log(`Written to docs/benchmark.md${inReadme ? ' and README.md' : ''}.`);
} else {
  console.log('Not written: `npm run bench -- --write` puts this run in docs/benchmark.md and README.md.');
}
