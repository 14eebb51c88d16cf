// `npm run demo`: the simulator plus a real Chromium with the extension loaded, logged in on
// Monitor > Traffic. Headed when a display exists; with --headless (or no display) it waits for
// the answers, saves screenshots, prints one line per flagged row, and exits.

import { launchWithExtension } from '../tests/e2e/browser';
import { flaggedRowReport, waitForAnswers } from '../tests/e2e/overlay-probe';
import { logIn, SCREENSHOT_DIR, screenshot, TRAFFIC_HASH, waitForGrid } from '../tests/e2e/session';
import { DEFAULT_RELEASE, PANOS_RELEASES, type PanosRelease, startSimulator } from '../tests/sim/index';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const portArg = args.find((arg) => arg.startsWith('--port='));
const port = portArg ? Number(portArg.slice('--port='.length)) : 4443;
const scenarioArg = args.find((arg) => arg.startsWith('--scenario='));
const scenario = scenarioArg ? scenarioArg.slice('--scenario='.length) : 'default';

const releaseArg =
  args.find((arg) => arg.startsWith('--panos='))?.slice('--panos='.length) ?? DEFAULT_RELEASE;
if (!(PANOS_RELEASES as readonly string[]).includes(releaseArg)) {
  throw new Error(`--panos= is one of ${PANOS_RELEASES.join(', ')}`);
}
const panos = releaseArg as PanosRelease;

const sim = await startSimulator({ port, scenario, panorama: scenario === 'panorama', panos });
console.log(`PAN-OS simulator: ${sim.url} (admin / admin), scenario "${scenario}", PAN-OS ${panos}`);
const browser = await launchWithExtension({ headless, viewport: { width: 1440, height: 900 } });
const page = await browser.context.newPage();
await logIn(page, sim);
await page.goto(`${sim.url}/${TRAFFIC_HASH}`);
await waitForGrid(page);

if (!headless) {
  console.log('Chromium is open on Monitor > Traffic. Close the browser window or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await sim.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
} else {
  await waitForAnswers(page);
  await screenshot(page, 'demo-traffic');
  const report = await flaggedRowReport(page);
  for (const line of report) console.log(`session ${line.sessionid}: ${line.says}`);
  console.log(`${report.length} flagged rows; screenshots in ${SCREENSHOT_DIR}`);
  await browser.close();
  await sim.close();
}
