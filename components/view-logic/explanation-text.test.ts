import { describe, expect, it } from 'vitest';
import {
  ALL_EXPLANATIONS,
  HOSTILE_STRINGS,
  hostile,
  noThreatLog,
  vulnerabilityInGroup,
} from '../../tests/fixtures/explanations';
import { explanationAsMarkdown, explanationAsText } from './explanation-text';
import { escapeMarkdown } from './markdown-escape';
import { hasHiddenCharacters, oneLineVisible } from './safe-text';

describe('oneLineVisible', () => {
  it('flattens lines and shows invisible characters', () => {
    expect(oneLineVisible('a\r\nb\nc\td')).toBe('a b c d');
    expect(oneLineVisible('safe\u202Etxt.exe')).toBe('safe[U+202E]txt.exe');
    expect(oneLineVisible('zero\u200Bwidth\u0000\u2028')).toBe('zero[U+200B]width[U+0000][U+2028]');
    expect(oneLineVisible('👩‍💻 é')).toBe('👩‍💻 é');
  });
});

describe('hasHiddenCharacters', () => {
  it.each([
    ['safe\u202Etxt.exe', true],
    ['a\u200Bb', true],
    ['nul\u0000', true],
    ['\u2066isolate\u2069', true],
    ['plain.txt', false],
    ['two\nlines\tand tab', false],
    ['👩‍💻', false],
  ])('%j -> %s', (value, expected) => {
    expect(hasHiddenCharacters(value)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*b*', '\\*b\\*'],
    ['_i_', '\\_i\\_'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript\\:alert\\(1\\)\\)'],
    ['# h', '\\# h'],
    ['a | b', 'a \\| b'],
    ['`c`', '\\`c\\`'],
    ['back\\slash', 'back\\\\slash'],
    ['<script>', '\\<script\\>'],
    ['&lt;', '\\&lt\\;'],
    ['https://evil.example/x', 'https\\:\\/\\/evil\\.example\\/x'],
    ['www.evil.example', 'www\\.evil\\.example'],
    ['a@b.c', 'a\\@b\\.c'],
    ['!', '\\!'],
    ['1. not a list', '1\\. not a list'],
    ['plain words 42', 'plain words 42'],
  ])('%j', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
  });

  it('keeps log text on one line', () => {
    expect(escapeMarkdown('a\n# heading\n- item')).toBe('a \\# heading \\- item');
  });
});

describe('explanationAsText', () => {
  it('reads like a ticket', () => {
    const text = explanationAsText(vulnerabilityInGroup);
    expect(text).toContain(vulnerabilityInGroup.headline);
    expect(text).toContain('The threat that ended the session');
    expect(text).toContain('  Threat ID: 91991');
    expect(text).toContain('  Profile group: corp-default');
    expect(text).toContain('  Source → destination: 10.1.20.34 → 203.0.113.80:80');
    expect(text).toContain('  1. If the traffic is legitimate');
    expect(text).toContain('Why the traffic log still says allow');
    expect(text).toContain('HTTP Unauthorized Brute Force Attack');
  });

  it('says plainly when nothing was found', () => {
    const text = explanationAsText(noThreatLog);
    expect(text).toContain('No threat log entry found for this session');
    expect(text).toContain('Why nothing was found');
    expect(text).not.toContain('The threat that ended the session');
  });

  it('keeps hostile fields on their own line, with bidi overrides made visible', () => {
    const text = explanationAsText(hostile);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
    expect(text).toContain('safe[U+202E]txt.exe');
    expect(text).toContain(HOSTILE_STRINGS[0]);
    for (const line of text.split('\n')) expect(line.startsWith('#')).toBe(false);
  });

  it('works for every fixture', () => {
    for (const [name, e] of Object.entries(ALL_EXPLANATIONS)) {
      expect(explanationAsText(e), name).toContain(oneLineVisible(e.headline));
    }
  });
});

describe('explanationAsMarkdown', () => {
  it('has headings, bold labels and a table of the other entries', () => {
    const md = explanationAsMarkdown(vulnerabilityInGroup);
    expect(md).toMatch(/^### Threat Lens/);
    expect(md).toContain('#### The profile');
    expect(md).toContain('- **Profile name:** strict\\-vp');
    expect(md).toContain('| Time | Threat | ID | Severity | Action | URL or file |');
    expect(md).toContain('HTTP Unauthorized Brute Force Attack | 40031 | high | alert |');
  });

  it('never lets log text make HTML, links, emphasis, headings or table cells', () => {
    const md = explanationAsMarkdown(hostile);
    // Every Markdown-significant character from log text arrives escaped.
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(md).not.toMatch(/(^|[^\\])\]\(/);
    expect(md).not.toMatch(/[^\\]javascript:/);
    expect(md).not.toMatch(/[\u202A-\u202E]/);
    expect(md).toContain('\\<script\\>window\\.\\_\\_pwned\\=1\\<\\/script\\>');
    expect(md).toContain('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    // Table rows keep exactly their 6 cells: no unescaped pipe from log text.
    const rows = md
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Time') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
    // Lines that start a block come only from our own template.
    for (const line of md.split('\n')) {
      if (line.startsWith('#')) expect(line).toMatch(/^#{3,4} [A-Z]/);
    }
  });
});
