// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileFilter, FilterSyntaxError } from './filter';

const entry = {
  src: '10.1.1.25',
  dst: '203.0.113.80',
  sport: '40123',
  dport: '443',
  from: 'trust',
  to: 'untrust',
  rule: 'allow web',
  app: 'ssl',
  action: 'allow',
  sessionid: '184522',
  serial: '007951000123456',
  receive_time: '2026/11/27 08:10:00',
  time_generated: '2026/11/27 08:09:59',
  subtype: 'vulnerability',
  severity: 'critical',
  session_end_reason: 'threat',
  threatid: 'SQL Injection Attempt(38195)',
};

const cases: [string, boolean][] = [
  ['', true],
  ['(sessionid eq 184522)', true],
  ['(sessionid eq 184523)', false],
  ['(sessionid neq 184523)', true],
  ['(addr.src in 10.1.1.25)', true],
  ['(addr.src in 10.1.1.0/24)', true],
  ['(addr.src in 10.1.2.0/24)', false],
  ['(addr.src in 10.1.1.20-10.1.1.30)', true],
  ['(addr.dst in 203.0.113.80)', true],
  ['(addr in 203.0.113.80)', true],
  ['(addr in 10.1.1.25)', true],
  ['(addr notin 10.0.0.0/8)', false],
  ['(port.dst eq 443)', true],
  ['(port.src geq 40000)', true],
  ['(port.dst lt 100)', false],
  ['(zone.src eq trust) and (zone.dst eq untrust)', true],
  ["(rule eq 'allow web')", true],
  ['(rule eq allow)', false],
  ['(app eq ssl) or (app eq dns)', true],
  ['(action eq deny) or (action eq drop)', false],
  ['(serial eq 007951000123456)', true],
  ["(receive_time geq '2026/11/27 08:00:00')", true],
  ["(receive_time leq '2026/11/27 08:05:00')", false],
  ["(time_generated gt '2026/11/27 08:09:58') and (time_generated lt '2026/11/27 08:10:00')", true],
  ['(subtype eq vulnerability)', true],
  ['(severity eq critical)', true],
  ['(session_end_reason eq threat)', true],
  ["(name contains 'sql injection')", true],
  ['not (action eq allow)', false],
  ['!(action eq deny)', true],
  ['((sessionid eq 1) or (sessionid eq 184522)) and (serial eq 007951000123456)', true],
  ['((sessionid eq 1) or (sessionid eq 2)) and (serial eq 007951000123456)', false],
  ['(sessionid eq 1) or (sessionid eq 184522) and (app eq dns)', false],
  ['( sessionid  eq  184522 )', true],
  ['(sessionid EQ 184522) AND (app eq ssl)', true],
];

describe('compileFilter', () => {
  it.each(cases)('%s → %s', (query, expected) => {
    expect(compileFilter(query)(entry)).toBe(expected);
  });

  it.each([
    '(sessionid eq)',
    '(sessionid 184522)',
    '(nosuchfield eq 1)',
    "(rule eq 'unterminated)",
    '(sessionid eq 1',
    'sessionid eq 1',
    '(sessionid eq 1) and',
    '(sessionid eq 1) (app eq ssl)',
  ])('refuses %s', (query) => {
    expect(() => compileFilter(query)).toThrow(FilterSyntaxError);
  });
});
