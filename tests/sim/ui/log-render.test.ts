import { beforeEach, describe, expect, it } from 'vitest';
import { fragment, LOG_SCRIPTS, loadStatic, type UiSandbox } from './load-static';

let ui: UiSandbox;
// biome-ignore lint/suspicious/noExplicitAny: the browser scripts are untyped plain JS.
let render: any;
beforeEach(() => {
  ui = loadStatic(LOG_SCRIPTS);
  render = ui.Pan.monitor.log.render;
});

const cell = (field: string, data: Record<string, string>) =>
  render.rendererFor(field)(data[field], {}, { data });

describe('row classes', () => {
  it.each([
    ['deny', 'not-allow-or-alert-row'],
    ['drop', 'not-allow-or-alert-row'],
    ['drop-icmp', 'not-allow-or-alert-row'],
    ['reset-server', 'not-allow-or-alert-row'],
    ['reset-both', 'not-allow-or-alert-row'],
    ['block-url', 'not-allow-or-alert-row'],
    ['block-ip', 'not-allow-or-alert-row'],
    ['drop-all', 'not-allow-or-alert-row'],
    ['sinkhole', 'not-allow-or-alert-row'],
    ['rst-client', 'not-allow-or-alert-row'],
    ['reset-client', ''],
    ['continue', 'continue-or-override-row'],
    ['override', 'continue-or-override-row'],
    ['allow', ''],
    ['alert', ''],
    ['', ''],
  ])('%s -> %j', (action, expected) => {
    expect(render.rowClass(action)).toBe(expected);
  });
});

describe('bytes', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1536', '1.5k'],
    ['2621440', '2.5M'],
    ['3221225472', '3.0G'],
    ['', ''],
    ['n/a', 'n/a'],
  ])('%s prints as %s', (raw, shown) => {
    expect(render.formatBytes(raw)).toBe(shown);
  });

  it('renders as a filter link holding the short form', () => {
    expect(cell('bytes', { bytes: '1536' })).toBe('<a class="log" href="javascript:void(0)">1.5k</a>');
  });
});

describe('cells', () => {
  it('renders addresses with the hidden vsys', () => {
    const html = cell('src', { src: '10.0.0.1', vsys: 'vsys1' });
    expect(html).toBe(
      '<a class="log" href="javascript:void(0)"><span class="resolved-log-address">10.0.0.1</span>' +
        '<span style="display:none">vsys1</span></a>',
    );
    expect(fragment(html).textContent).toBe('10.0.0.1vsys1');
  });

  it('wraps filter fields in a.log and leaves others plain', () => {
    expect(cell('action', { action: 'allow' })).toBe('<a class="log" href="javascript:void(0)">allow</a>');
    expect(cell('session_end_reason', { session_end_reason: 'threat' })).toContain('>threat</a>');
    expect(cell('receive_time', { receive_time: '2025/03/11 10:04:18' })).toBe('2025/03/11 10:04:18');
    expect(cell('action', { action: '' })).toBe('');
  });

  it('renders the details magnifier', () => {
    expect(cell('details', {})).toBe('<a class="x-hyperlink"><img src="/images/details.gif"></a>');
  });

  it.each([
    ['threatid', '<img src=x onerror="window.__pwned=1">'],
    ['src', '<script>window.__pwned=1</script>'],
    ['misc', "javascript:alert(1)' onmouseover='x'"],
    ['srcuser', '" or 1=1 -- & <amp>'],
    ['rule', '</a><img src=x>'],
  ])('escapes a hostile %s', (field, value) => {
    const root = fragment(cell(field, { [field]: value, vsys: '<b>v</b>' }));
    expect(root.querySelector('img, script, b')).toBeNull();
    expect(root.textContent?.startsWith(value)).toBe(true);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      expect(el.getAttributeNames().filter((n) => n.startsWith('on'))).toEqual([]);
    }
  });
});

describe('filter terms', () => {
  it.each([
    ['action', { action: 'allow' }, '( action eq allow )'],
    ['src', { src: '10.0.0.1' }, '( addr.src in 10.0.0.1 )'],
    ['dst', { dst: '2001:db8::1' }, "( addr.dst in '2001:db8::1' )"],
    ['dport', { dport: '443' }, '( port.dst eq 443 )'],
    ['rule', { rule: 'allow web' }, "( rule eq 'allow web' )"],
    ['from', { from: 'trust' }, '( zone.src eq trust )'],
    ['srcuser', { srcuser: 'corp\\user1' }, "( user.src eq 'corp\\user1' )"],
    ['bytes', { bytes: '1536' }, '( bytes eq 1536 )'],
    ['threatid', { threatid: 'Struts RCE(33161)', tid: '' }, '( threatid eq 33161 )'],
    ['sessionid', { sessionid: '184522' }, '( sessionid eq 184522 )'],
    ['receive_time', { receive_time: '2025/03/11' }, ''],
  ])('%s', (field, data, term) => {
    expect(render.filterTerm(field, data)).toBe(term);
  });

  it('appends terms with and', () => {
    const first = render.appendFilter('', '( action eq allow )');
    expect(first).toBe('( action eq allow )');
    expect(render.appendFilter(first, '( port.dst eq 443 )')).toBe(
      '( action eq allow ) and ( port.dst eq 443 )',
    );
    expect(render.appendFilter(' x ', '')).toBe('x');
  });
});
