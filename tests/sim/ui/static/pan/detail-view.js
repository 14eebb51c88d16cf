// The Detailed Log View (REFERENCE section 4): a modal window for one row. It asks
// MonitorDirect.enqueueRelatedLogRequest for the related-log jobs, polls each one with
// pollLogRequest every 5 s until FIN, turns the XML into rows with retrieveJSONLog and shows
// them in a small grid. document.body.dataset.detailLogState says 'loading', then 'done'
// (or 'error'), so tests can wait for it.
((window) => {
  /** The page's RPC client, under whichever name this release gives it. */
  const rpcClient = () => window.PanDirect || window.Pan.direct || window.Panos?.direct;
  const Ext = window.Ext;
  const encode = Ext.util.Format.htmlEncode;
  const logNs = Ext.ns('Pan.monitor.log');

  const FILE_SUBTYPES = new Set(['file', 'virus', 'wildfire', 'wildfire-virus', 'ml-virus', 'data']);
  const misc = (shown) => (_value, _meta, record) =>
    shown(record.data) ? encode(record.data.misc ?? '') : '';
  const RELATED_COLUMNS = [
    { header: 'Receive Time', dataIndex: 'receive_time', width: 125 },
    { header: 'Type', dataIndex: 'subtype', width: 85 },
    { header: 'Application', dataIndex: 'app', width: 90 },
    { header: 'Action', dataIndex: 'action', width: 75 },
    { header: 'Rule', dataIndex: 'rule', width: 90 },
    {
      header: 'Bytes',
      dataIndex: 'bytes',
      width: 55,
      renderer: (v) => encode(logNs.render.formatBytes(v ?? '')),
    },
    { header: 'Severity', dataIndex: 'severity', width: 65 },
    { header: 'Category', dataIndex: 'category', width: 90 },
    {
      header: 'Verdict',
      dataIndex: 'verdict',
      width: 70,
      renderer: (_v, _m, r) =>
        String(r.data.subtype).startsWith('wildfire') ? encode(r.data.category ?? '') : '',
    },
    { header: 'URL', dataIndex: 'url', width: 160, renderer: misc((d) => d.subtype === 'url') },
    {
      header: 'File Name',
      dataIndex: 'filename',
      width: 110,
      renderer: misc((d) => FILE_SUBTYPES.has(d.subtype)),
    },
  ];
  const SUMMARY_FIELDS = [
    ['Session ID', 'sessionid'],
    ['Action', 'action'],
    ['Application', 'app'],
    ['Rule', 'rule'],
    ['Source', 'src'],
    ['Destination', 'dst'],
    ['To Port', 'dport'],
    ['Session End Reason', 'session_end_reason'],
    ['Receive Time', 'receive_time'],
  ];

  /** Direct answers may come bare or wrapped; these take what they need from either. */
  function unwrap(value) {
    let current = value;
    if (typeof current === 'string' && /^\s*[[{]/.test(current)) {
      try {
        current = JSON.parse(current);
      } catch {
        return value;
      }
    }
    if (current && !Array.isArray(current) && typeof current === 'object') {
      for (const key of ['result', 'data', 'entries', 'entry'])
        if (current[key] !== undefined) return unwrap(current[key]);
    }
    return current;
  }
  function jobIdsOf(result) {
    const value = unwrap(result);
    const list = Array.isArray(value)
      ? value
      : value && typeof value === 'object'
        ? Object.values(value)
        : [value];
    return list
      .filter((id) => id !== null && id !== undefined && id !== '' && String(id) !== '0')
      .map(String);
  }
  function jobFinished(xml) {
    const doc = new window.DOMParser().parseFromString(String(xml ?? ''), 'application/xml');
    return doc.querySelector('job > status')?.textContent.trim() === 'FIN';
  }

  const call = (method, args) =>
    new Promise((resolve, reject) => {
      rpcClient().run(method, args, (result, event) => {
        if (event?.status) resolve(result);
        else reject(new Error(event?.message || 'exception'));
      });
    });
  const sleep = (ms) => new Promise((resolve) => window.setTimeout(resolve, ms));
  /** The grid page's XML, from the store's reader (Ext 3 XmlReader keeps it as xmlData). */
  const pageXml = (store) => {
    const doc = store?.reader?.xmlData;
    return doc ? new window.XMLSerializer().serializeToString(doc) : '';
  };

  let current = null;

  const DetailView = {
    pollInterval: 5000,
    open({ grid, record }) {
      DetailView.close();
      const session = { closed: false };
      current = session;
      session.el = DetailView.build(record);
      window.document.body.appendChild(session.el);
      DetailView.setState('loading');
      DetailView.fetchRelated(session, grid, record).then(
        (rows) => DetailView.showRows(session, rows),
        (error) => DetailView.showError(session, error),
      );
      return session;
    },
    build(record) {
      const el = window.document.createElement('div');
      el.className = 'pan-detail-modal';
      const summary = SUMMARY_FIELDS.map(
        ([label, field]) => `<tr><th>${label}</th><td>${encode(record.data[field] ?? '')}</td></tr>`,
      ).join('');
      el.innerHTML =
        '<div class="ext-el-mask"></div><div class="x-window pan-detail-window" role="dialog">' +
        '<div class="x-window-header"><span class="x-window-header-text">Detailed Log View</span>' +
        '<a class="x-tool x-tool-close" title="Close" href="javascript:void(0)">&#215;</a></div>' +
        `<div class="x-window-body"><table class="pan-detail-summary"><tbody>${summary}</tbody></table>` +
        '<div class="pan-detail-related-title">Log Links</div>' +
        '<div class="pan-detail-status">Loading related logs…</div><div class="pan-detail-related"></div></div>' +
        '<div class="x-window-footer"><button type="button" class="x-btn pan-detail-close">Close</button></div></div>';
      const close = (event) => {
        event.preventDefault();
        DetailView.close();
      };
      el.querySelector('.x-tool-close').addEventListener('click', close);
      el.querySelector('.pan-detail-close').addEventListener('click', close);
      return el;
    },
    async fetchRelated(session, grid, record) {
      const request = {
        logtype: grid.logtype,
        anchor: record.id,
        responseText: pageXml(grid.getStore()),
      };
      const jobIds = jobIdsOf(await call('MonitorDirect.enqueueRelatedLogRequest', [request]));
      const rows = [];
      for (const jobId of jobIds) {
        let xml = unwrap(await call('MonitorDirect.pollLogRequest', [jobId, { logtype: 'detail' }]));
        while (!jobFinished(xml)) {
          await sleep(DetailView.pollInterval);
          if (session.closed) return [];
          xml = unwrap(await call('MonitorDirect.pollLogRequest', [jobId, { logtype: 'detail' }]));
        }
        const json = unwrap(await call('MonitorDirect.retrieveJSONLog', [xml]));
        if (Array.isArray(json)) rows.push(...json.filter((row) => row && typeof row === 'object'));
      }
      return rows;
    },
    showRows(session, rows) {
      if (session.closed) return;
      const records = rows.map((row, i) => new Ext.data.Record(row, String(row['@logid'] ?? i)));
      const store = new Ext.data.Store();
      const cm = new Ext.grid.ColumnModel(RELATED_COLUMNS.map((c) => Ext.apply({ menuDisabled: true }, c)));
      const view = new Ext.grid.GridView({ getRowClass: (r) => logNs.render.rowClass(r.data.action) });
      view.init({ getColumnModel: () => cm, getStore: () => store, fireEvent() {} });
      view.render(session.el.querySelector('.pan-detail-related'));
      store.loadRecords(records);
      session.el.querySelector('.pan-detail-status').textContent = `${records.length} related log entries`;
      DetailView.setState('done');
    },
    showError(session, error) {
      if (session.closed) return;
      session.el.querySelector('.pan-detail-status').textContent = `Error: ${error?.message || error}`;
      DetailView.setState('error');
    },
    setState(state) {
      window.document.body.dataset.detailLogState = state;
    },
    isOpen() {
      return Boolean(current && !current.closed);
    },
    close() {
      if (!current) return;
      current.closed = true;
      current.el.remove();
      current = null;
      DetailView.setState('closed');
    },
  };

  logNs.DetailView = DetailView;
})(window);
