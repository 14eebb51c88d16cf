// Makes a fresh clone runnable with one command: installs the npm packages (npm ci) when
// node_modules is missing or older than the lockfile, and Debian's chromium and firefox-esr
// (the two browsers of the end-to-end suites) when missing and we may install them. Plain Node,
// no dependencies: it runs before they exist.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('[ensure-deps] installing npm packages (npm ci)...');
  run('npm ci --no-audit --no-fund');
}

const browsers = [
  { name: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', env: 'CHROMIUM_PATH' },
  { name: 'firefox-esr', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', env: 'FIREFOX_PATH' },
];
const missing = browsers.filter((browser) => !existsSync(browser.path));
if (missing.length > 0) {
  const names = missing.map((browser) => browser.name).join(' ');
  if (process.getuid?.() === 0) {
    console.log(`[ensure-deps] installing Debian ${names}...`);
    run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`);
  } else {
    for (const browser of missing) {
      console.error(
        `[ensure-deps] ${browser.path} is missing: install Debian's ${browser.name} (sudo apt-get install ${browser.name}) or set ${browser.env}.`,
      );
    }
    process.exit(1);
  }
}
