// Mozilla's add-on linter (`web-ext lint`, what addons.mozilla.org runs on upload) on the built
// Firefox packages: no error, no warning, no notice. The causes were removed, not silenced: the
// minimum versions match the manifest keys used, and Preact's innerHTML write is left out of the
// build (scripts/preact-without-inner-html.ts).

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_STORE_DIR } from './firefox';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
  summary: { errors: number; warnings: number; notices: number };
}

function lint(sourceDir: string): LintReport {
  const bin = resolve('node_modules/.bin/web-ext');
  const args = ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'];
  let out: string;
  try {
    out = execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? ''); // exits non-zero on errors
  }
  return JSON.parse(out.slice(out.indexOf('{'))) as LintReport;
}

const describeAll = (report: LintReport) =>
  [...report.errors, ...report.warnings, ...report.notices]
    .map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)
    .join('\n');

describe('Firefox: AMO lint', () => {
  it('web-ext lint on the package users install: 0 errors, 0 warnings, 0 notices', () => {
    const report = lint(FIREFOX_STORE_DIR);
    expect(report.summary, describeAll(report)).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });

  it('the manifest declares the minimum Firefox versions its keys need', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_STORE_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('no script in the package assigns innerHTML anything but an empty literal', () => {
    const scripts: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.js')) scripts.push(path);
      }
    };
    walk(FIREFOX_STORE_DIR);
    expect(scripts.length).toBeGreaterThan(3);
    const writes = scripts.flatMap((file) =>
      (readFileSync(file, 'utf8').match(/\.innerHTML\s*=\s*(?!["'`]{2})[^=]/g) ?? []).map(
        (w) => `${file}: ${w}`,
      ),
    );
    expect(writes).toEqual([]);
  });
});
