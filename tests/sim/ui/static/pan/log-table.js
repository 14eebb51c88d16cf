// A log page as a release this extension has never seen might draw it (`logUi: 'unrecognised'`):
// the same log rows from the same endpoint, but as ARIA div rows, no ExtJS grid component and
// no x-grid3 markup. The extension must say it does not recognise this UI, never "0 flagged".
((window) => {
  const Pan = window.Pan;
  const pagesNs = window.Ext.ns('Pan.appframework.pages');
  const FIELDS = [
    ['receive_time', 'Receive Time'],
    ['from', 'From Zone'],
    ['to', 'To Zone'],
    ['src', 'Source'],
    ['dst', 'Destination'],
    ['app', 'Application'],
    ['action', 'Action'],
    ['rule', 'Rule'],
    ['session_end_reason', 'Session End Reason'],
  ];

  function cell(tag, role, text) {
    const node = window.document.createElement(tag);
    node.setAttribute('role', role);
    node.className = `pan-next-${role}`;
    node.textContent = text;
    return node;
  }

  class LogTablePage {
    constructor(config) {
      this.logtype = config.logtype;
      this.store = new Pan.base.data.LogStore({
        baseParams: { logtype: config.logtype, dir: 'bkwd', databases: config.logtype },
      });
    }

    render(container) {
      const el = window.document.createElement('div');
      el.className = 'pan-next-logs';
      el.setAttribute('role', 'grid');
      el.dataset.logtype = this.logtype;
      const header = cell('div', 'row', '');
      for (const [, label] of FIELDS) header.appendChild(cell('span', 'columnheader', label));
      el.appendChild(header);
      container.appendChild(el);
      this.el = el;
      this.store.load({
        params: { start: 0, limit: 20 },
        callback: (records) => {
          if (!this.el) return;
          for (const record of records || []) {
            const row = cell('div', 'row', '');
            for (const [field] of FIELDS) row.appendChild(cell('span', 'gridcell', record.data[field] ?? ''));
            this.el.appendChild(row);
          }
          this.el.dataset.loaded = 'true';
        },
      });
    }

    destroy() {
      this.store.destroy();
      this.el?.remove();
      this.el = null;
    }
  }

  pagesNs.LogTablePage = LogTablePage;
})(window);
