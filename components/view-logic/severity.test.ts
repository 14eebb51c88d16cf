import { describe, expect, it } from 'vitest';
import { SEVERITY_LEVELS, severityStyle } from './severity';
import { threatVaultUrl } from './threat-vault';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('severityStyle', () => {
  it.each([
    ['critical', 'Critical'],
    ['HIGH', 'High'],
    [' medium ', 'Medium'],
    ['low', 'Low'],
    ['informational', 'Informational'],
    ['info', 'Informational'],
  ])('%j is %s', (raw, label) => {
    const style = severityStyle(raw);
    expect(style.label).toBe(label);
    expect(style.level).not.toBeNull();
  });

  it('a severity named like an Object property is just an unknown value', () => {
    for (const value of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(severityStyle(value)).toMatchObject({ level: null, label: value, background: '#e4e7eb' });
    }
  });

  it('shows unknown values as their own text', () => {
    expect(severityStyle('severe-ish')).toMatchObject({ level: null, label: 'severe-ish' });
    expect(severityStyle('')).toMatchObject({ level: null, label: 'Unknown' });
  });

  it('meets WCAG AA contrast (4.5:1) on every chip', () => {
    for (const level of [...SEVERITY_LEVELS, 'other']) {
      const { background, foreground } = severityStyle(level);
      expect(contrast(background, foreground), level).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('threatVaultUrl', () => {
  it.each([
    ['91991', 'https://threatvault.paloaltonetworks.com/?query=91991'],
    ['109010003', 'https://threatvault.paloaltonetworks.com/?query=109010003'],
  ])('links %s', (id, url) => {
    expect(threatVaultUrl(id)).toBe(url);
  });

  it.each([
    '',
    ' 91991',
    '91991 ',
    '9199a',
    '1e5',
    '-1',
    '91991&x=1',
    '٩١٩٩١',
    '１２３',
    'javascript:alert(1)',
    '1'.repeat(13),
  ])('refuses %j', (id) => {
    expect(threatVaultUrl(id)).toBeNull();
  });
});
