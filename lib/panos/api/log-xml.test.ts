import { describe, expect, it } from 'vitest';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { recordField } from '../logs/log-record';
import { logRecordFromEntry, parseApiResponse, parseLogJobResponse, parseXmlDocument } from './log-xml';

describe('parseLogJobResponse', () => {
  it.each([
    ['log-enqueued.xml', { kind: 'enqueued', jobId: '18' }],
    ['log-enqueued-msg-only.xml', { kind: 'enqueued', jobId: '1042' }],
    ['ui-log-data-enqueued.xml', { kind: 'enqueued', jobId: '31' }],
    ['log-job-active.xml', { kind: 'running', jobId: '18', progress: 40 }],
    ['log-job-pending.xml', { kind: 'running', jobId: '18', progress: 0 }],
    ['ui-log-data-act.xml', { kind: 'running', jobId: '31', progress: 55 }],
    ['log-job-fin-none.xml', { kind: 'finished', entries: [], count: 0, progress: 100 }],
    ['error-22-session-timeout.xml', { kind: 'unauthorized', code: '22', sessionTimedOut: true }],
    ['error-403-invalid-credential.xml', { kind: 'unauthorized', code: '403', sessionTimedOut: false }],
    [
      'error-403-invalid-credentials-old.xml',
      { kind: 'unauthorized', code: '403', message: 'Invalid credentials.' },
    ],
    ['error-invalid-query.xml', { kind: 'error', code: '', message: "Invalid term near 'sessionid'" }],
    [
      'error-code-17-multiline.xml',
      { kind: 'error', code: '17', message: 'show -> clocks  is unexpected invalid command' },
    ],
    ['login-page.html', { kind: 'login-page' }],
    ['login-page-no-marker.html', { kind: 'login-page' }],
    ['malformed-truncated.xml', { kind: 'malformed' }],
    ['malformed-unexpected-root.xml', { kind: 'malformed' }],
    ['config-get-missing.xml', { kind: 'malformed' }],
  ])('%s', (file, expected) => {
    expect(parseLogJobResponse(apiFixture(file))).toMatchObject(expected);
  });

  it('reads one entry: element name -> text, @logid from the attribute', () => {
    const result = parseLogJobResponse(apiFixture('log-job-fin-one.xml'));
    expect(result.kind).toBe('finished');
    if (result.kind !== 'finished') return;
    expect(result.count).toBe(1);
    expect(result.entries).toHaveLength(1);
    const [entry] = result.entries;
    expect(entry).toMatchObject({
      '@logid': '7211864983214948353',
      sessionid: '184522',
      serial: '013201001234',
      subtype: 'vulnerability',
      action: 'reset-both',
      'is-logging-service': 'no',
      srcuser: 'corp\\alice',
      misc: '"evil.example/cgi-bin/x.cgi?a=<script>"',
      threatid: 'Apache Struts2 Jakarta Multipart Parser Remote Code Execution Vulnerability(33161)',
    });
  });

  it('fields named like Object properties are ordinary fields', () => {
    const doc = parseXmlDocument(
      '<entry logid="1"><constructor>c</constructor><__proto__>p</__proto__><toString>t</toString><severity>high</severity></entry>',
    );
    const entry = doc?.documentElement as Element;
    const record = logRecordFromEntry(entry);
    expect(recordField(record, 'constructor')).toBe('c');
    expect(recordField(record, '__proto__')).toBe('p');
    expect(recordField(record, 'toString')).toBe('t');
    expect(recordField(record, 'hasOwnProperty')).toBe('');
    expect(recordField(record, 'severity')).toBe('high');
  });

  it('reads many entries in document order', () => {
    const result = parseLogJobResponse(apiFixture('log-job-fin-many.xml'));
    if (result.kind !== 'finished') throw new Error(result.kind);
    expect(result.count).toBe(4);
    expect(result.entries.map((entry) => entry['@logid'])).toEqual([
      '7211864983214948350',
      '7211864983214948351',
      '7211864983214948353',
      '7211864983214948360',
    ]);
    expect(result.entries[3]?.misc).toBe('');
  });

  it('treats any status other than FIN as running, case-insensitively finished', () => {
    const xml = (status: string) =>
      `<response status="success"><result><job><status>${status}</status><id>5</id></job><log><logs count="0" progress="100"/></log></result></response>`;
    expect(parseLogJobResponse(xml('fin')).kind).toBe('finished');
    expect(parseLogJobResponse(xml('ACT')).kind).toBe('running');
    expect(parseLogJobResponse(xml('')).kind).toBe('running');
    expect(parseLogJobResponse(xml('WHATEVER')).kind).toBe('running');
  });

  it('copes with missing attributes and a response without status', () => {
    const result = parseLogJobResponse(
      '<response><result><job><status>FIN</status></job><log><logs><entry><sessionid>1</sessionid></entry></logs></log></result></response>',
    );
    expect(result).toEqual({ kind: 'finished', entries: [{ sessionid: '1' }], count: 1, progress: 100 });
  });

  it('answers malformed for empty text', () => {
    expect(parseLogJobResponse('').kind).toBe('malformed');
    expect(parseLogJobResponse('   ').kind).toBe('malformed');
  });
});

describe('parseApiResponse', () => {
  it('gives the result element of a success', () => {
    const envelope = parseApiResponse(apiFixture('config-show-rule.xml'));
    if (envelope.kind !== 'success') throw new Error(envelope.kind);
    expect(envelope.result?.firstElementChild?.getAttribute('name')).toBe('allow-web');
  });

  it('keeps the success code (get of a missing node is success with code 7)', () => {
    expect(parseApiResponse(apiFixture('config-get-missing.xml'))).toMatchObject({
      kind: 'success',
      code: '7',
    });
  });

  it('reads the error message of "No such node"', () => {
    expect(parseApiResponse(apiFixture('error-no-such-node.xml'))).toEqual({
      kind: 'error',
      code: '7',
      message: 'No such node',
    });
  });
});

describe('logRecordFromEntry', () => {
  const entryOf = (xml: string) => parseXmlDocument(xml)?.documentElement as Element;

  it('flattens member lists and nested elements', () => {
    const record = logRecordFromEntry(
      entryOf(
        '<entry logid="9" seq="2"><a>x</a><list><member>1</member><member>2</member></list><nested><p>1</p><q><r>2</r></q></nested><empty/></entry>',
      ),
    );
    expect(record).toEqual({
      '@logid': '9',
      '@seq': '2',
      a: 'x',
      list: '1, 2',
      'nested.p': '1',
      'nested.q.r': '2',
      empty: '',
    });
  });

  it('keeps the first of repeated field elements', () => {
    expect(logRecordFromEntry(entryOf('<entry><a>1</a><a>2</a></entry>'))).toEqual({ a: '1' });
  });
});

describe('parseXmlDocument', () => {
  it('reads CDATA sections as text, markup characters included', () => {
    const doc = parseXmlDocument('<r><m><![CDATA[a <b> & c]]></m><n>&lt;x&gt;</n></r>');
    expect(doc?.documentElement.firstElementChild?.textContent).toBe('a <b> & c');
    expect(doc?.documentElement.lastElementChild?.textContent).toBe('<x>');
  });
});
