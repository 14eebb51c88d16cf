import { describe, expect, it } from 'vitest';
import { addSeconds, compareLogTimes, formatLogTime, logTimeRange, parseLogTime } from './log-time';

describe('parseLogTime', () => {
  it.each([
    ['2025/03/11 10:04:17', true],
    [' 2025/03/11 10:04:17 ', true],
    ['2025-03-11 10:04:17', true],
    ['2025/3/1 1:04:17', true],
    ['2025/02/29 10:00:00', false],
    ['2024/02/29 10:00:00', true],
    ['2025/13/01 10:00:00', false],
    ['2025/03/11 24:00:00', false],
    ['2025/03/11', false],
    ['', false],
    ['yesterday', false],
  ])('%j valid=%s', (text, valid) => {
    expect(parseLogTime(text) !== null).toBe(valid);
  });

  it('round-trips through formatLogTime without any time zone shift', () => {
    expect(formatLogTime(parseLogTime('2025/03/09 02:30:00') as number)).toBe('2025/03/09 02:30:00');
    expect(formatLogTime(parseLogTime('2025-3-1 1:02:03') as number)).toBe('2025/03/01 01:02:03');
  });
});

describe('addSeconds', () => {
  it.each([
    ['2025/03/11 10:04:17', 60, '2025/03/11 10:05:17'],
    ['2025/03/11 23:59:30', 45, '2025/03/12 00:00:15'],
    ['2025/03/01 00:00:01', -2, '2025/02/28 23:59:59'],
    ['2024/12/31 23:59:59', 1, '2025/01/01 00:00:00'],
    // The DST night in the US: wall-clock arithmetic, no skipped hour.
    ['2025/03/09 01:59:59', 1, '2025/03/09 02:00:00'],
  ])('%s + %i', (text, seconds, expected) => {
    expect(addSeconds(text, seconds)).toBe(expected);
  });

  it('answers null for a text that is not a time', () => {
    expect(addSeconds('n/a', 5)).toBeNull();
  });
});

describe('compareLogTimes and logTimeRange', () => {
  it('orders as wall-clock times', () => {
    const times = ['2025/03/11 10:04:17', '2025/03/11 9:00:00', '', '2025/03/10 23:59:59'];
    expect([...times].sort(compareLogTimes)).toEqual([
      '',
      '2025/03/10 23:59:59',
      '2025/03/11 9:00:00',
      '2025/03/11 10:04:17',
    ]);
  });

  it('finds the earliest and latest, ignoring non-times', () => {
    expect(logTimeRange(['2025/03/11 10:04:17', 'x', '2025/03/11 09:00:00'])).toEqual({
      earliest: '2025/03/11 09:00:00',
      latest: '2025/03/11 10:04:17',
    });
    expect(logTimeRange(['', 'x'])).toBeNull();
  });
});
