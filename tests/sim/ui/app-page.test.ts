import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAppPage, UI_SCRIPT_PATHS } from './app-page';
import { HEADER_TEXTS, UI_LANGUAGES } from './header-texts';

const base = {
  seedKey: '1234567',
  seed: 'abc123',
  product: 'firewall' as const,
  tokenAlgo: 'sha256' as const,
  release: { rpcGlobals: ['Panos.direct' as const], swVersion: '11.1.4', staticMotd: true },
  user: 'admin',
  vsysList: ['vsys1'],
  deviceGroups: [],
};

describe('renderAppPage', () => {
  it('sets the token seed where the extension looks for it', () => {
    expect(renderAppPage(base)).toContain(
      '<script type="text/javascript">window.Pan = window.Pan || {}; Pan.st = {st: {}}; Pan.st.st.st1234567 = "abc123";</script>',
    );
  });

  it('loads pan-extjs3.js and the /js/pan/ scripts', () => {
    const html = renderAppPage(base);
    expect(html).toContain('<script type="text/javascript" src="/js/lib/pan-extjs3.js"></script>');
    for (const src of UI_SCRIPT_PATHS) expect(html).toContain(`src="${src}"`);
    expect(UI_SCRIPT_PATHS.some((s) => s.startsWith('/js/pan/'))).toBe(true);
  });

  it('keeps a hostile seed and user inside their literals', () => {
    const html = renderAppPage({ ...base, seed: '"</script><script>x()</script>', user: '<b>"x"</b>' });
    expect(html).not.toContain('</script><script>x()');
    expect(html).not.toContain('<b>');
    const doc = new DOMParser().parseFromString(html.replace(/<link[^>]*>/, ''), 'text/html');
    const inline = Array.from(doc.querySelectorAll('script:not([src])'));
    expect(inline).toHaveLength(2);
    const seed = /Pan\.st\.st\.st1234567 = (".*?");<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(seed)).toBe('"</script><script>x()</script>');
  });

  it('refuses a seed key that is not digits', () => {
    expect(() => renderAppPage({ ...base, seedKey: '1; alert(1)' })).toThrow();
  });
});

describe('header texts', () => {
  it('match the UI language table of docs/ARCHITECTURE.md', () => {
    const doc = readFileSync('docs/ARCHITECTURE.md', 'utf8');
    const section = doc.slice(doc.indexOf('## UI languages'));
    const rows = section
      .split('\n')
      .filter((line) => /^\| [a-z_]+ +\|/.test(line) && !/^\| field +\|/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows.length).toBeGreaterThan(20);
    const fromDoc = Object.fromEntries(
      rows.map(([field = '', ...texts]) => [
        field,
        Object.fromEntries(UI_LANGUAGES.map((l, i) => [l, texts[i]])),
      ]),
    );
    expect(HEADER_TEXTS).toEqual(fromDoc);
  });
});
