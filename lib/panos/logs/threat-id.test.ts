import { describe, expect, it } from 'vitest';
import { parseThreatId } from './threat-id';

describe('parseThreatId', () => {
  it.each([
    ['Name(12345)', undefined, { name: 'Name', id: '12345' }],
    [
      'Apache Struts2 RCE Vulnerability(33161)',
      '33161',
      { name: 'Apache Struts2 RCE Vulnerability', id: '33161' },
    ],
    [
      'HTTP Unauthorized Brute Force Attack',
      '40031',
      { name: 'HTTP Unauthorized Brute Force Attack', id: '40031' },
    ],
    [
      'HTTP Unauthorized Brute Force Attack',
      undefined,
      { name: 'HTTP Unauthorized Brute Force Attack', id: '' },
    ],
    ['HTTP Unauthorized Brute Force Attack', 'n/a', { name: 'HTTP Unauthorized Brute Force Attack', id: '' }],
    [
      '  HTTP  Directory Traversal (Request)  ( 30844 ) ',
      '30844',
      { name: 'HTTP  Directory Traversal (Request)', id: '30844' },
    ],
    [
      'Suspicious DNS Query (generic:evil-c2.example)(109001001)',
      '',
      { name: 'Suspicious DNS Query (generic:evil-c2.example)', id: '109001001' },
    ],
    [
      'Microsoft SMB (MS17-010) Remote Code Execution',
      '41372',
      { name: 'Microsoft SMB (MS17-010) Remote Code Execution', id: '41372' },
    ],
    ['12345', undefined, { name: '', id: '12345' }],
    ['(9999)', '9999', { name: '', id: '9999' }],
    ['', '9999', { name: '', id: '9999' }],
    ['', undefined, { name: '', id: '' }],
    ['Name(abc)', '77', { name: 'Name(abc)', id: '77' }],
    // The id inside the text wins over tid when both are there.
    ['Name(12345)', '999', { name: 'Name', id: '12345' }],
  ])('%j tid=%j', (threatid, tid, expected) => {
    expect(parseThreatId(threatid, tid)).toEqual(expected);
  });
});
