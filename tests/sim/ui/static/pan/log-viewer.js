// Pan.monitor.log.Viewer: one Monitor log view (traffic or threat). A component registered
// in Ext.ComponentMgr.all with itemId 'Monitor/Logs/Traffic' and logtype 'traffic', holding a
// LogStore, a ColumnModel and a GridView; toolbars reload the store, which re-renders all rows.
((window) => {
  const Ext = window.Ext;
  const Pan = window.Pan;
  const logNs = Ext.ns('Pan.monitor.log');

  class Viewer extends Ext.Component {
    constructor(config) {
      super(config);
      const { columns, render, toolbar } = logNs;
      const logtype = this.logtype;
      this.store = new Pan.base.data.LogStore({ baseParams: { logtype, dir: 'bkwd', databases: logtype } });
      this.stateKey = columns.stateKey(logtype, this.product);
      this.cm = columns.buildColumnModel(logtype, this.product);
      columns.restoreState(this.cm, this.stateKey);
      this.view = new Ext.grid.GridView({ getRowClass: (record) => render.rowClass(record.data.action) });
      this.pageSize = toolbar.storedPageSize();
      this.start = 0;
      this.selectedIndex = -1;
      this.columnMenu = new toolbar.ColumnMenu(this.cm);
      const saveColumns = () => columns.saveState(this.cm, this.stateKey);
      this.cm.on('hiddenchange', saveColumns);
      this.cm.on('columnmoved', saveColumns);
      this.onLanguage = () => this.translateHeaders();
      Pan.i18n.on('languagechange', this.onLanguage);
      this.store.on('beforeload', () => this.setState('loading'));
      this.store.on('load', () => this.afterLoad());
      this.store.on('loadexception', (_store, _options, message) => this.afterError(message));
      this.on('cellclick', this.onCellClick, this);
      this.on('rowclick', this.onRowClick, this);
      this.on('headerclick', this.onHeaderClick, this);
      if (this.renderTo) this.render(this.renderTo);
    }

    getStore() {
      return this.store;
    }
    getView() {
      return this.view;
    }
    getColumnModel() {
      return this.cm;
    }
    getSelectionModel() {
      return {
        getSelected: () => this.store.getAt(this.selectedIndex),
        selectRow: (index) => this.selectRow(index),
      };
    }

    render(container) {
      const { toolbar } = logNs;
      const el = window.document.createElement('div');
      el.id = this.id;
      el.className = 'x-panel x-grid-panel pan-log-viewer';
      el.dataset.logtype = this.logtype;
      el.innerHTML =
        `<div class="x-panel-tbar">${toolbar.filterBarHtml()}</div>` +
        '<div class="x-panel-body"><div class="pan-grid-holder"></div></div>' +
        `<div class="x-panel-bbar">${toolbar.pagingBarHtml(this.pageSize)}</div>`;
      container.appendChild(el);
      this.el = el;
      this.queryInput = el.querySelector('input[name=query]');
      this.queryInput.value = this.query || '';
      this.wireToolbars(el);
      this.view.init(this);
      this.view.render(el.querySelector('.pan-grid-holder'));
      this.view.on('refresh', () => {
        this.selectedIndex = -1;
      });
      this.rendered = true;
      // Like the real UI: the header is built first, then its texts are re-translated.
      window.setTimeout(() => this.translateHeaders(), 0);
      this.fireEvent('render', this);
      this.load();
    }

    wireToolbars(el) {
      const on = (selector, fn) => el.querySelector(selector).addEventListener('click', fn);
      on('.pan-apply-filter', () => this.applyFilter());
      on('.pan-clear-filter', () => this.clearFilter());
      on('.pan-refresh', () => this.load());
      on('.pan-columns', (event) => {
        event.stopPropagation();
        this.columnMenu.open(event.currentTarget, null);
      });
      on('.x-tbar-page-first', () => this.goTo(0));
      on('.x-tbar-page-prev', () => this.goTo(Math.max(0, this.start - this.pageSize)));
      on('.x-tbar-page-next', () => this.goTo(this.start + this.pageSize));
      on('.x-tbar-page-last', () => this.goToLast());
      this.queryInput.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') this.applyFilter();
      });
      el.querySelector('select[name=pagesize]').addEventListener('change', (event) => {
        this.pageSize = Number(event.target.value);
        logNs.toolbar.storePageSize(this.pageSize);
        this.goTo(0);
      });
    }

    translateHeaders() {
      if (this.isDestroyed) return;
      logNs.columns.translate(this.cm, Pan.i18n.getLanguage());
      this.view.updateHeaders();
    }

    load() {
      this.store.load({
        params: { start: this.start, limit: this.pageSize, query: this.queryInput.value.trim() },
      });
    }
    applyFilter() {
      this.start = 0;
      this.load();
    }
    clearFilter() {
      this.queryInput.value = '';
      this.start = 0;
      this.load();
    }
    goTo(start) {
      this.start = start;
      this.load();
    }
    goToLast() {
      const total = this.store.getTotalCount();
      if (total > this.start + this.store.getCount())
        this.goTo(Math.floor((total - 1) / this.pageSize) * this.pageSize);
    }
    /** Sets the query text and applies it (jumpToBranch's params.query). */
    setQuery(query) {
      this.queryInput.value = query || '';
      this.applyFilter();
    }

    setState(state) {
      if (this.el) this.el.dataset.state = state;
    }
    afterLoad() {
      if (this.isDestroyed) return;
      const count = this.store.getCount();
      const total = this.store.getTotalCount();
      const bar = this.el.querySelector('.x-paging-toolbar');
      const disable = (selector, off) => {
        bar.querySelector(selector).disabled = off;
      };
      disable('.x-tbar-page-first', this.start === 0);
      disable('.x-tbar-page-prev', this.start === 0);
      disable('.x-tbar-page-next', count < this.pageSize);
      disable('.x-tbar-page-last', total <= this.start + count);
      bar.querySelector('.pan-page-number').textContent =
        `Page ${Math.floor(this.start / this.pageSize) + 1}`;
      bar.querySelector('.x-paging-info').textContent = logNs.toolbar.pagingInfo(this.start, count);
      this.setState('done');
    }
    afterError(message) {
      if (this.isDestroyed) return;
      this.el.querySelector('.x-paging-info').textContent = `Error: ${message}`;
      this.setState('error');
    }

    onCellClick(_grid, rowIndex, colIndex, event) {
      const record = this.store.getAt(rowIndex);
      const column = this.cm.config[colIndex];
      if (!record || !column) return;
      if (event.target.closest('a.x-hyperlink')) {
        event.preventDefault();
        logNs.DetailView.open({ grid: this, record });
        return;
      }
      if (event.target.closest('a.log')) {
        event.preventDefault();
        const { appendFilter, filterTerm } = logNs.render;
        this.queryInput.value = appendFilter(this.queryInput.value, filterTerm(column.field, record.data));
      }
    }
    onRowClick(_grid, rowIndex) {
      this.selectRow(rowIndex);
    }
    selectRow(index) {
      for (const row of this.view.getRows()) row.classList.remove('x-grid3-row-selected');
      this.view.getRow(index)?.classList.add('x-grid3-row-selected');
      this.selectedIndex = index;
    }
    onHeaderClick(_grid, index, event) {
      const btn = event.target.closest('a.x-grid3-hd-btn');
      if (!btn) return;
      event.stopPropagation();
      this.columnMenu.open(btn, index);
    }

    onDestroy() {
      this.store.destroy();
      this.view.destroy();
      this.columnMenu.close();
      Pan.i18n.un('languagechange', this.onLanguage);
    }
  }

  logNs.Viewer = Viewer;
})(window);
