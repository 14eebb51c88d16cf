import { describe, expect, it } from 'vitest';
import { threatEntry } from '../../../tests/fixtures/config/entries';
import {
  currentExceptionProfile,
  exceptionProfileArgs,
  isTruthyFlag,
  readExceptionProfiles,
} from './resolve-exception-profiles';

const list = (currentFlag: unknown, selectedFlag: unknown = false) => [
  { id: 1, name: 'default', location: 'predefined', selected: false, current: false },
  { id: 2, name: 'corp-vp', location: 'vsys1', selected: selectedFlag, current: currentFlag },
];

describe('currentExceptionProfile', () => {
  it.each([true, 'yes', 'true', 'TRUE', 1, '1'])('reads current flag %j', (flag) => {
    expect(currentExceptionProfile(list(flag))?.name).toBe('corp-vp');
  });

  it.each([false, 'no', 'false', 0, '0', null, undefined, ''])('reads non-current flag %j', (flag) => {
    expect(currentExceptionProfile(list(flag))).toBeNull();
  });

  it.each([
    ['a bare array', list(true)],
    ['a Direct success wrapper', { '@status': 'success', result: list('yes') }],
    ['{success, result}', { success: true, result: list(1) }],
    ['{status, data}', { status: 'success', data: list('true') }],
    ['{result: {entry: [...]}}', { '@status': 'success', result: { entry: list(true) } }],
    ['a JSON string', JSON.stringify(list(true))],
    ['a single object', { name: 'corp-vp', location: 'vsys1', current: 'yes' }],
  ])('copes with %s', (_name, raw) => {
    expect(currentExceptionProfile(raw)).toMatchObject({ name: 'corp-vp', location: 'vsys1', current: true });
  });

  it('does not take "selected" for "current"', () => {
    expect(currentExceptionProfile(list(false, true))).toBeNull();
  });

  it('returns nothing for empty or unreadable answers', () => {
    expect(readExceptionProfiles([])).toEqual([]);
    expect(readExceptionProfiles(null)).toEqual([]);
    expect(readExceptionProfiles('no profiles')).toEqual([]);
    expect(readExceptionProfiles([{ current: true }, 'x', 3])).toEqual([]);
  });

  it('throws Direct errors, session expiry included', () => {
    expect(() => readExceptionProfiles({ type: 'exception', message: 'boom' })).toThrow('boom');
    expect(() => readExceptionProfiles({ type: 'exception', message: 'unauthorized request' })).toThrow(
      /session has expired/,
    );
  });
});

describe('exceptionProfileArgs', () => {
  it('builds the UI arguments from the threat entry', () => {
    expect(exceptionProfileArgs(threatEntry())).toEqual({
      vsys: 'vsys1',
      rule: 'allow-web',
      subtype: 'vulnerability',
      tid: '91991',
      name: 'Apache Log4j Remote Code Execution Vulnerability',
      location: 'vsys1',
    });
    expect(exceptionProfileArgs(threatEntry(), 'branch-east').location).toBe('branch-east');
  });
});

describe('isTruthyFlag', () => {
  it('accepts only true-like values', () => {
    expect([true, 1, 'yes', ' on '].map(isTruthyFlag)).toEqual([true, true, true, true]);
    expect([2, {}, [], 'y'].map(isTruthyFlag)).toEqual([false, false, false, false]);
  });
});
