import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preactWithoutInnerHtml, withoutInnerHtmlWrite } from '../../scripts/preact-without-inner-html';

const preactDist = join(dirname(createRequire(import.meta.url).resolve('preact/package.json')), 'dist');
/** innerHTML assignments whose value is not a string literal (what the add-on linter flags). */
const dynamicWrites = (code: string) => code.match(/\.innerHTML\s*=\s*(?!["'`]{2})[^=]/g) ?? [];

describe("the build step that leaves out Preact's dangerouslySetInnerHTML write", () => {
  for (const file of ['preact.module.js', 'preact.mjs', 'preact.js']) {
    it(`removes the one write from the installed ${file}, and keeps the literal clearing`, () => {
      const code = readFileSync(join(preactDist, file), 'utf8');
      expect(dynamicWrites(code)).toHaveLength(1);
      const out = withoutInnerHtmlWrite(code, file);
      expect(dynamicWrites(out)).toEqual([]);
      expect(out).toMatch(/\.innerHTML=""/);
      expect(out.length).toBeLessThan(code.length);
    });
  }

  it('stops the build when Preact no longer has exactly that write', () => {
    expect(() => withoutInnerHtmlWrite('n.textContent=t', 'x.js')).toThrow(/found 0/);
    expect(() => withoutInnerHtmlWrite('(a.innerHTML=b.__html);(c.innerHTML=d.__html)', 'x.js')).toThrow(
      /found 2/,
    );
  });

  it("touches Preact's own bundles only", () => {
    const plugin = preactWithoutInnerHtml();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('(a.innerHTML=b.__html)', '/app/lib/page/render.ts')).toBeNull();
    expect(
      transform('(a.innerHTML=b.__html)', '/app/node_modules/preact/hooks/dist/hooks.module.js'),
    ).toBeNull();
    expect(
      transform('(a.innerHTML=b.__html)', '/app/node_modules/preact/dist/preact.module.js?v=1')?.code,
    ).toBe('(void 0)');
  });
});
