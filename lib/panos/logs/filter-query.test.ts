import { describe, expect, it } from 'vitest';
import { apiJsonFixture } from '../../../tests/fixtures/api/load';
import type { LogRecord, TrafficRow } from '../types';
import { and, buildSessionBatchQuery, or, quoteValue, term } from './filter-query';
import { isFlagged, trafficRowFromRecord } from './rows';

const traffic = apiJsonFixture<Record<'firewall' | 'panorama', LogRecord[]>>('traffic-store-records.json');
const rowsOf = (records: LogRecord[]): TrafficRow[] =>
  records.map((record, index) => trafficRowFromRecord(index, record, 'store'));

describe('quoteValue and term', () => {
  it.each([
    ['184522', '184522'],
    ['vsys1', 'vsys1'],
    ['a_b.c-d', 'a_b.c-d'],
    ['allow web', "'allow web'"],
    ['2025/03/11 10:00:00', "'2025/03/11 10:00:00'"],
    ['10.1.1.0/24', "'10.1.1.0/24'"],
    ['', "''"],
    ['größe', "'größe'"],
  ])('%j -> %s', (value, expected) => {
    expect(quoteValue(value)).toBe(expected);
  });

  it.each(["it's", "a' or (x eq 'y", 'line\nbreak', 'tab\there'])('refuses %j', (value) => {
    expect(() => quoteValue(value)).toThrow(expect.objectContaining({ kind: 'no-safe-query' }));
  });

  it('builds terms and refuses odd field names', () => {
    expect(term('rule', 'eq', 'allow web')).toBe("(rule eq 'allow web')");
    expect(term('addr.src', 'in', '10.1.1.1')).toBe('(addr.src in 10.1.1.1)');
    expect(() => term('rule) or (x', 'eq', 'y')).toThrow(expect.objectContaining({ kind: 'no-safe-query' }));
  });
});

describe('and / or', () => {
  it('joins, parenthesises compound parts, drops empty parts', () => {
    expect(and('(a eq 1)', '(b eq 2)')).toBe('(a eq 1) and (b eq 2)');
    expect(and(or('(a eq 1)', '(a eq 2)'), '(b eq 3)')).toBe('((a eq 1) or (a eq 2)) and (b eq 3)');
    expect(or(and('(s eq 1)', '(a eq 1)'), '(a eq 2)')).toBe('((s eq 1) and (a eq 1)) or (a eq 2)');
    expect(and('(a eq 1)', '')).toBe('(a eq 1)');
    expect(and()).toBe('');
  });

  it('does not mistake quoted parentheses for structure', () => {
    expect(and("(rule eq 'x) or (y')", '(b eq 2)')).toBe("(rule eq 'x) or (y') and (b eq 2)");
  });
});

describe('buildSessionBatchQuery', () => {
  it('covers the flagged rows of a firewall page, in one query', () => {
    const rows = rowsOf(traffic.firewall).filter(isFlagged);
    expect(buildSessionBatchQuery(rows, { panorama: false })).toBe(
      "((sessionid eq 184522) or (sessionid eq 184530)) and (receive_time geq '2025/03/11 10:04:00') and (receive_time leq '2025/03/11 10:07:40')",
    );
  });

  it('is deterministic and deduplicated, whatever the row order', () => {
    const rows = rowsOf(traffic.firewall).filter(isFlagged);
    const twice = [...rows, ...rows].reverse();
    expect(buildSessionBatchQuery(twice, { panorama: false })).toBe(
      buildSessionBatchQuery(rows, { panorama: false }),
    );
  });

  it('orders session ids numerically', () => {
    const row = rowsOf(traffic.firewall)[0]!;
    const rows = ['100', '9', '25'].map((sessionid) => ({ ...row, sessionid }));
    expect(buildSessionBatchQuery(rows, { panorama: false })).toMatch(
      /^\(\(sessionid eq 9\) or \(sessionid eq 25\) or \(sessionid eq 100\)\) and /,
    );
  });

  it('groups by serial on Panorama, where session ids repeat across firewalls', () => {
    const rows = rowsOf(traffic.panorama);
    expect(buildSessionBatchQuery([rows[1]!, rows[0]!], { panorama: true })).toBe(
      '(((serial eq 013201000001) and (sessionid eq 5001)) or ((serial eq 013201000002) and (sessionid eq 5001)))' +
        " and (receive_time geq '2025/03/11 09:29:48') and (receive_time leq '2025/03/11 09:32:05')",
    );
  });

  it('groups by serial whenever rows come from several devices, even if the product is not known yet', () => {
    const rows = rowsOf(traffic.panorama);
    expect(buildSessionBatchQuery([rows[1]!, rows[0]!], { panorama: false })).toBe(
      buildSessionBatchQuery([rows[1]!, rows[0]!], { panorama: true }),
    );
    // One device only, not known to be Panorama: the session ids alone, as on a firewall.
    expect(buildSessionBatchQuery([rows[0]!], { panorama: false })).toMatch(/^\(sessionid eq 5001\) and /);
  });

  it('on Panorama, keeps several sessions of one device together and rows without serial apart', () => {
    const [a] = rowsOf(traffic.panorama);
    const rows = [a!, { ...a!, sessionid: '5002' }, { ...a!, serial: '', sessionid: '7' }];
    const query = buildSessionBatchQuery(rows, { panorama: true });
    expect(
      query.startsWith(
        '((sessionid eq 7) or ((serial eq 013201000001) and ((sessionid eq 5001) or (sessionid eq 5002)))) and ',
      ),
    ).toBe(true);
  });

  it('leaves out a time bound it cannot know, and rows without a session id', () => {
    const row = { ...rowsOf(traffic.firewall)[0]!, start: '', timeGenerated: '', receiveTime: '' };
    expect(buildSessionBatchQuery([row, { ...row, sessionid: '' }], { panorama: false })).toBe(
      '(sessionid eq 184522)',
    );
  });

  it('refuses to build a query that would match every threat', () => {
    const row = { ...rowsOf(traffic.firewall)[0]!, sessionid: ' ' };
    expect(() => buildSessionBatchQuery([row], { panorama: false })).toThrow(
      expect.objectContaining({ kind: 'no-safe-query' }),
    );
    expect(() => buildSessionBatchQuery([], { panorama: true })).toThrow(
      expect.objectContaining({ kind: 'no-safe-query' }),
    );
  });
});
