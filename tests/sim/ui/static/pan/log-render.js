// Cell renderers and filter terms of the log viewer (REFERENCE section 3): filter links,
// address cells with the hidden vsys, byte sizes, the details magnifier, and the row classes
// (with the real rst-client quirk). Every log value is escaped: log fields are attacker text.
((window) => {
  const Ext = window.Ext;
  const encode = Ext.util.Format.htmlEncode;
  const logNs = Ext.ns('Pan.monitor.log');

  /** Field -> filter key and operator, as the filter box writes them. */
  const FILTER_KEYS = {
    action: ['action', 'eq'],
    app: ['app', 'eq'],
    rule: ['rule', 'eq'],
    src: ['addr.src', 'in'],
    dst: ['addr.dst', 'in'],
    from: ['zone.src', 'eq'],
    to: ['zone.dst', 'eq'],
    sport: ['port.src', 'eq'],
    dport: ['port.dst', 'eq'],
    srcuser: ['user.src', 'eq'],
    dstuser: ['user.dst', 'eq'],
    subtype: ['subtype', 'eq'],
    session_end_reason: ['session_end_reason', 'eq'],
    sessionid: ['sessionid', 'eq'],
    bytes: ['bytes', 'eq'],
    serial: ['serial', 'eq'],
    device_name: ['device_name', 'eq'],
    threatid: ['threatid', 'eq'],
    severity: ['severity', 'eq'],
  };

  const DENY_LIKE = new Set([
    'deny',
    'drop',
    'drop-icmp',
    'reset-server',
    'reset-both',
    'drop-all',
    'drop-all-packets',
    'sinkhole',
    // Sic: the real viewer lists 'rst-client', not 'reset-client', so reset-client rows stay plain.
    'rst-client',
  ]);
  const FILE_SUBTYPES = new Set(['file', 'virus', 'wildfire', 'wildfire-virus', 'ml-virus', 'data']);

  function formatBytes(value) {
    const n = Number(value);
    if (value === '' || value == null || !Number.isFinite(n)) return String(value ?? '');
    if (n < 1024) return String(n);
    if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)}k`;
    if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)}M`;
    return `${(n / 1024 ** 3).toFixed(1)}G`;
  }

  function rowClass(action) {
    const value = String(action ?? '');
    if (DENY_LIKE.has(value) || value.startsWith('block-')) return 'not-allow-or-alert-row';
    if (value === 'continue' || value === 'override') return 'continue-or-override-row';
    return '';
  }

  function logLink(innerHtml) {
    return `<a class="log" href="javascript:void(0)">${innerHtml}</a>`;
  }

  function addressCell(ip, vsys) {
    return (
      `<span class="resolved-log-address">${encode(ip)}</span>` +
      `<span style="display:none">${encode(vsys ?? '')}</span>`
    );
  }

  const DETAILS_HTML = '<a class="x-hyperlink"><img src="/images/details.gif"></a>';

  /** Quotes a filter value unless it is made of [0-9a-zA-Z_.-] only. */
  function quoteValue(value) {
    const text = String(value ?? '');
    return /^[0-9a-zA-Z_.-]+$/.test(text) ? text : `'${text.replace(/'/g, "\\'")}'`;
  }

  /** The filter value of a field: the raw log value (bytes unformatted, the threat number). */
  function filterValue(field, data) {
    if (field === 'threatid') {
      const match = /\((\d+)\)\s*$/.exec(String(data.threatid ?? ''));
      return data.tid || (match ? match[1] : data.threatid);
    }
    return data[field];
  }

  /** '( key op value )' for a click on a field's cell, or '' if the field is no filter. */
  function filterTerm(field, data) {
    const key = FILTER_KEYS[field];
    const value = filterValue(field, data || {});
    if (!key || value === undefined || value === '') return '';
    return `( ${key[0]} ${key[1]} ${quoteValue(value)} )`;
  }

  function appendFilter(current, term) {
    const existing = String(current ?? '').trim();
    if (!term) return existing;
    return existing ? `${existing} and ${term}` : term;
  }

  /** The renderer for a column of field `field` (ExtJS signature: value, meta, record). */
  function rendererFor(field) {
    if (field === 'details') return () => DETAILS_HTML;
    if (field === 'pcap') return () => '';
    if (field === 'src' || field === 'dst') {
      return (value, _meta, record) => (value ? logLink(addressCell(value, record.data.vsys)) : '');
    }
    if (field === 'bytes')
      return (value) => (value === undefined || value === '' ? '' : logLink(encode(formatBytes(value))));
    if (field === 'filename') {
      return (_value, _meta, record) =>
        FILE_SUBTYPES.has(record.data.subtype) ? encode(record.data.misc ?? '') : '';
    }
    if (FILTER_KEYS[field])
      return (value) => (value === undefined || value === '' ? '' : logLink(encode(value)));
    return (value) => encode(value ?? '');
  }

  logNs.render = {
    FILTER_KEYS,
    DETAILS_HTML,
    formatBytes,
    rowClass,
    logLink,
    addressCell,
    quoteValue,
    filterTerm,
    appendFilter,
    rendererFor,
  };
})(window);
