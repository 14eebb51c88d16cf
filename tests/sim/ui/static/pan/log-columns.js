// Default columns of the traffic and threat log viewers (REFERENCE section 3), their
// translated headers, and the user's column choices (order, hidden) kept in localStorage.
// Column ids are the default indices, so a moved column keeps its id across reloads too.
((window) => {
  const Ext = window.Ext;
  const logNs = Ext.ns('Pan.monitor.log');

  const col = (field, header, width, extra) => Ext.apply({ field, header, width }, extra || {});
  const DETAILS = col('details', '', 24, { menuDisabled: true, fixed: true });
  const PCAP = col('pcap', '', 20, { menuDisabled: true, fixed: true });

  const TRAFFIC_VISIBLE = [
    col('receive_time', 'Receive Time', 125),
    col('subtype', 'Type', 55),
    col('from', 'From Zone', 75),
    col('to', 'To Zone', 75),
    col('src', 'Source', 105),
    col('srcuser', 'Source User', 95),
    col('dst', 'Destination', 105),
    col('dport', 'To Port', 55),
    col('app', 'Application', 95),
    col('action', 'Action', 60),
    col('rule', 'Rule', 95),
    col('session_end_reason', 'Session End Reason', 115),
    col('bytes', 'Bytes', 55),
  ];
  const TRAFFIC_HIDDEN = [
    col('sessionid', 'Session ID', 75),
    col('start', 'Start Time', 125),
    col('elapsed', 'Elapsed Time (sec)', 80),
    col('sport', 'Source Port', 60),
    col('proto', 'IP Protocol', 60),
    col('natsrc', 'NAT Source IP', 100),
    col('natdst', 'NAT Destination IP', 100),
    col('inbound_if', 'Inbound Interface', 100),
    col('outbound_if', 'Outbound Interface', 100),
    col('category', 'URL Category', 100),
    col('bytes_sent', 'Bytes Sent', 70),
    col('bytes_received', 'Bytes Received', 70),
    col('packets', 'Packets', 60),
    col('flags', 'Flags', 60),
    col('dstuser', 'Destination User', 95),
    col('vsys', 'Virtual System', 80),
    col('vsys_name', 'Virtual System Name', 90),
    col('repeatcnt', 'Repeat Count', 60),
  ];
  const THREAT_VISIBLE = [
    col('receive_time', 'Receive Time', 125),
    col('subtype', 'Type', 75),
    col('threatid', 'Name', 200),
    col('from', 'From Zone', 75),
    col('to', 'To Zone', 75),
    col('src', 'Source', 105),
    col('srcuser', 'Source User', 95),
    col('dst', 'Destination', 105),
    col('dport', 'To Port', 55),
    col('app', 'Application', 95),
    col('action', 'Action', 75),
    col('severity', 'Severity', 65),
    col('filename', 'File Name', 110),
    col('misc', 'URL', 160),
  ];
  const THREAT_HIDDEN = [
    col('tid', 'ID', 60),
    col('thr_category', 'Threat Category', 100),
    col('rule', 'Rule', 95),
    col('sessionid', 'Session ID', 75),
    col('direction', 'Direction', 100),
    col('contentver', 'Content Version', 90),
    col('category', 'URL Category', 100),
    col('sport', 'Source Port', 60),
    col('proto', 'IP Protocol', 60),
    col('vsys', 'Virtual System', 80),
    col('repeatcnt', 'Repeat Count', 60),
  ];

  /** The default column list: visible ones in order, then hidden ones sorted by header. */
  function definitions(logtype, product) {
    const panorama = product === 'panorama';
    // The URL, data and WildFire logs share the threat log's fields.
    const visible = (logtype === 'traffic' ? TRAFFIC_VISIBLE : THREAT_VISIBLE).slice();
    const hidden = (logtype === 'traffic' ? TRAFFIC_HIDDEN : THREAT_HIDDEN).slice();
    const generate = col('time_generated', 'Generate Time', 125);
    const receive = visible[0];
    if (panorama) {
      // Panorama shows when the firewall generated the log, and which firewall it was.
      visible[0] = generate;
      hidden.push(receive);
      visible.push(col('serial', 'Device SN', 105), col('device_name', 'Device Name', 95));
    } else {
      hidden.push(generate, col('serial', 'Device SN', 105), col('device_name', 'Device Name', 95));
    }
    hidden.sort((a, b) => a.header.localeCompare(b.header));
    return [DETAILS, PCAP, ...visible, ...hidden.map((c) => Ext.apply({ hidden: true }, c))].map((c) =>
      Ext.apply({}, c),
    );
  }

  function translate(cm, language) {
    for (const column of cm.config) {
      if (column.englishHeader)
        column.header = window.Pan.i18n.header(column.field, column.englishHeader, language);
    }
  }

  function buildColumnModel(logtype, product) {
    const render = logNs.render;
    const columns = definitions(logtype, product).map((c) => ({
      field: c.field,
      englishHeader: c.header,
      header: c.header,
      dataIndex: c.field === 'details' || c.field === 'pcap' ? '' : c.field,
      width: c.width,
      hidden: Boolean(c.hidden),
      menuDisabled: Boolean(c.menuDisabled),
      fixed: Boolean(c.fixed),
      renderer: render.rendererFor(c.field),
    }));
    return new Ext.grid.ColumnModel(columns);
  }

  function stateKey(logtype, product) {
    return `pan.monitor.log.columns.${product}.${logtype}`;
  }

  function readState(key) {
    try {
      const state = JSON.parse(window.localStorage.getItem(key) || 'null');
      return state && Array.isArray(state.order) ? state : null;
    } catch {
      return null;
    }
  }

  /** Applies saved order and hidden flags without firing events (before the first render). */
  function restoreState(cm, key) {
    const state = readState(key);
    if (!state) return;
    const byId = new Map(cm.config.map((c) => [c.id, c]));
    const ordered = state.order.map((id) => byId.get(id)).filter(Boolean);
    const rest = cm.config.filter((c) => !state.order.includes(c.id));
    cm.config = [...ordered, ...rest];
    for (const column of cm.config) {
      if (Object.hasOwn(state.hidden || {}, column.id)) column.hidden = Boolean(state.hidden[column.id]);
    }
  }

  function saveState(cm, key) {
    const state = { order: cm.config.map((c) => c.id), hidden: {} };
    for (const column of cm.config) state.hidden[column.id] = Boolean(column.hidden);
    try {
      window.localStorage.setItem(key, JSON.stringify(state));
    } catch {
      // No storage: the choice lasts for this page only.
    }
  }

  logNs.columns = { definitions, buildColumnModel, translate, stateKey, restoreState, saveState };
})(window);
