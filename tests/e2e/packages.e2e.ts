// The packages `npm run zip` makes: Chrome MV3, Firefox MV3 and the sources zip for store review.
// Least privilege in both manifests, Firefox's gecko settings, no remote code and no server but
// the firewall's own origin in any script, and a sources zip without tests that rebuilds the
// Firefox package byte for byte.

import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWxt } from './extension-ui';

const OUTPUT = resolve('.output');

/** Every absolute http(s) URL with a host that may appear in our scripts, and why. */
const ALLOWED_URLS = [
  // Threat Vault link template: a link the user may open, never fetched by the extension.
  'https://threatvault.paloaltonetworks.com/?query=',
  // Preact's element namespaces: identifiers, never fetched.
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  // Base URL to parse a relative script src with (reserved name, never fetched).
  'http://invalid/',
  // Placeholder text of the options page's "Add a firewall" field.
  'https://fw.example.com:4443',
];

type Files = Map<string, Buffer>;

async function readZip(path: string): Promise<Files> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files: Files = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

function zipNamed(suffix: string): string {
  const name = readdirSync(OUTPUT).find((file) => file.endsWith(suffix));
  if (!name) throw new Error(`No .output/*${suffix}`);
  return join(OUTPUT, name);
}

function manifestOf(files: Files) {
  return JSON.parse(files.get('manifest.json')?.toString('utf8') ?? 'null');
}

function scriptsOf(files: Files): [string, string][] {
  return [...files]
    .filter(([name]) => /\.(m?js|html)$/.test(name))
    .map(([name, data]) => [name, data.toString('utf8')]);
}

/** Absolute URLs with a real host name ('https://*' patterns and 'https://${x}' templates are not). */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[a-z0-9][a-z0-9.-]*[^\s"'`<>)\\]*/gi)].map((m) => m[0]);
}

/** A production build: no development JSX runtime, which carries source paths and line numbers. */
function checkProductionBuild(files: Files) {
  for (const [name, text] of scriptsOf(files)) {
    expect(/\bcolumnNumber\b|\bjsxDEV\b/.test(text) || text.includes(process.cwd()), name).toBe(false);
  }
}

function checkNoRemoteCode(files: Files) {
  const scripts = scriptsOf(files);
  expect(scripts.length).toBeGreaterThan(4);
  const foreign: string[] = [];
  const dynamic: string[] = [];
  for (const [name, text] of scripts) {
    for (const url of urlsIn(text)) {
      if (!ALLOWED_URLS.includes(url)) foreign.push(`${name}: ${url}`);
    }
    for (const m of text.matchAll(
      /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|importScripts\s*\(/g,
    )) {
      dynamic.push(`${name}: ${text.slice(Math.max(0, m.index - 40), m.index + 40)}`);
    }
    // Pages load only their own bundled files.
    for (const m of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
      expect(m[1], `${name} loads ${m[1]}`).toMatch(/^\/(?!\/)/);
    }
  }
  expect(foreign).toEqual([]);
  expect(dynamic).toEqual([]);
}

function checkIcons(files: Files, manifest: { icons: Record<string, string> }) {
  expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
  for (const path of Object.values(manifest.icons)) expect(files.has(path), path).toBe(true);
}

describe('packages (npm run zip)', () => {
  let chrome: Files;
  let firefox: Files;
  let sources: Files;
  let chromeManifest: Record<string, unknown> & { icons: Record<string, string> };
  let firefoxManifest: Record<string, unknown> & { icons: Record<string, string> };
  const scratch = mkdtempSync(join(tmpdir(), 'threat-lens-packages-'));

  beforeAll(async () => {
    // Made by the suite's global set-up (tests/e2e/global-setup.ts) with `npm run zip`'s commands.
    chrome = await readZip(zipNamed('-chrome.zip'));
    firefox = await readZip(zipNamed('-firefox.zip'));
    sources = await readZip(zipNamed('-sources.zip'));
    chromeManifest = manifestOf(chrome);
    firefoxManifest = manifestOf(firefox);
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('Chrome: MV3, no host permissions, optional http and https hosts, icons', () => {
    expect(chromeManifest.manifest_version).toBe(3);
    expect(chromeManifest.host_permissions).toBeUndefined();
    expect(chromeManifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(chromeManifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(chromeManifest.content_scripts ?? []).toEqual([]);
    expect(chromeManifest.web_accessible_resources ?? []).toEqual([]);
    expect(chromeManifest.content_security_policy).toBeUndefined();
    expect(chromeManifest.externally_connectable).toBeUndefined();
    expect(chromeManifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(chrome.has('managed_schema.json')).toBe(true);
    checkIcons(chrome, chromeManifest);
  });

  it('Firefox: MV3, gecko id, no data collected, optional hosts kept, no host permissions, icons', () => {
    expect(firefoxManifest.manifest_version).toBe(3);
    const gecko = (firefoxManifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefoxManifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(firefoxManifest.host_permissions).toBeUndefined();
    expect(firefoxManifest.content_scripts ?? []).toEqual([]);
    expect(firefoxManifest.content_security_policy).toBeUndefined();
    expect(firefoxManifest.storage).toBeUndefined(); // Chrome's managed schema; Firefox reads policies
    checkIcons(firefox, firefoxManifest);
  });

  it('no remote code: no foreign URLs in any script, no eval or new Function, pages load only their own files', () => {
    checkNoRemoteCode(chrome);
    checkNoRemoteCode(firefox);
  });

  it('both are production builds (no development JSX runtime, no source paths)', () => {
    checkProductionBuild(chrome);
    checkProductionBuild(firefox);
  });

  it('the main-world bridge and the background carry no UI runtime (Preact stays in the UI bundles)', () => {
    // Preact's IS_NON_DIMENSIONAL regex survives minification; it marks its runtime in a bundle.
    const preact = 'acit|ex(?:s|g|n|p|$)|rph';
    for (const files of [chrome, firefox]) {
      for (const name of ['panos-bridge.js', 'background.js']) {
        expect(files.get(name)?.toString('utf8').includes(preact), name).toBe(false);
      }
      expect(files.get('content-scripts/threat-lens.js')?.toString('utf8').includes(preact)).toBe(true);
    }
  });

  it('the sources zip holds no tests, test helpers, simulator or drivers of them', () => {
    const names = [...sources.keys()];
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']));
    expect(names.filter((name) => name.startsWith('entrypoints/')).length).toBeGreaterThan(3);
    expect(
      names.filter((name) => /(^|\/)(tests?|testing|fixtures)\/|\.(test|spec)\.[jt]sx?$/.test(name)),
    ).toEqual([]);
    const testCode: string[] = [];
    const dangling: string[] = [];
    for (const [name, data] of sources) {
      if (!/\.(m?[jt]sx?)$/.test(name)) continue;
      const text = data.toString('utf8');
      for (const m of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)) {
        const spec = (m[1] ?? m[2]) as string;
        if (/^(vitest|happy-dom|playwright-core|puppeteer-core|web-ext|preact\/test-utils)(\/|$)/.test(spec))
          testCode.push(`${name}: ${spec}`);
        if (spec.startsWith('.')) {
          const base = posix.normalize(posix.join(posix.dirname(name), spec));
          const candidates = ['', '.ts', '.tsx', '.js', '.mjs', '.json', '/index.ts', '/index.tsx'].map(
            (ext) => base + ext,
          );
          if (!candidates.some((candidate) => sources.has(candidate))) dangling.push(`${name}: ${spec}`);
        }
      }
    }
    expect(testCode).toEqual([]);
    expect(dangling).toEqual([]);
  });

  it('the sources zip rebuilds the Firefox package file for file', () => {
    const dir = join(scratch, 'src');
    for (const [name, data] of sources) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    // Same dependencies as `npm ci` would install from the zipped lockfile.
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    runWxt(['build', '-b', 'firefox', '--mv3'], dir);
    const rebuilt = join(dir, '.output/firefox-mv3');
    for (const [name, data] of firefox) {
      expect(readFileSync(join(rebuilt, name)).equals(data), name).toBe(true);
    }
  });
});
