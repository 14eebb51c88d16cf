// Imitation of the ExtJS 3.4 grid pieces: ColumnModel and GridView. The markup follows
// REFERENCE section 3 exactly (x-grid3-* classes, column ids in td/hd/col classes, hidden
// columns rendered with display:none, &#160; in empty cells, rows replaced on every refresh).
((window) => {
  const Ext = window.Ext;
  const encode = Ext.util.Format.htmlEncode;

  class ColumnModel extends Ext.util.Observable {
    constructor(columns) {
      super();
      // As in ExtJS: a column without an id gets its index at build time, and keeps it.
      this.config = columns.map((column, index) => Ext.apply({ id: index, width: 100 }, column));
    }
    getColumnCount(visibleOnly) {
      return visibleOnly ? this.config.filter((c) => !c.hidden).length : this.config.length;
    }
    getColumnId(index) {
      return this.config[index]?.id;
    }
    getColumnById(id) {
      return this.config.find((c) => c.id === id);
    }
    getIndexById(id) {
      return this.config.findIndex((c) => c.id === id);
    }
    getDataIndex(index) {
      return this.config[index]?.dataIndex;
    }
    findColumnIndex(dataIndex) {
      return this.config.findIndex((c) => c.dataIndex === dataIndex);
    }
    getColumnHeader(index) {
      return this.config[index]?.header;
    }
    setColumnHeader(index, header) {
      this.config[index].header = header;
      this.fireEvent('headerchange', this, index, header);
    }
    getColumnWidth(index) {
      return this.config[index]?.width;
    }
    getTotalWidth() {
      return this.config.reduce((sum, c) => sum + (c.hidden ? 0 : c.width), 0);
    }
    isHidden(index) {
      return Boolean(this.config[index]?.hidden);
    }
    setHidden(index, hidden) {
      const column = this.config[index];
      if (!column || Boolean(column.hidden) === Boolean(hidden)) return;
      column.hidden = Boolean(hidden);
      this.fireEvent('hiddenchange', this, index, Boolean(hidden));
    }
    moveColumn(oldIndex, newIndex) {
      if (oldIndex === newIndex || newIndex < 0 || newIndex >= this.config.length) return;
      const [column] = this.config.splice(oldIndex, 1);
      this.config.splice(newIndex, 0, column);
      this.fireEvent('columnmoved', this, oldIndex, newIndex);
    }
  }
  Ext.grid.ColumnModel = ColumnModel;

  /** The pure markup builders, kept apart so that tests can check them string by string. */
  const markup = {
    cellValue(column, record, rowIndex, colIndex, store) {
      const value = column.dataIndex ? record.data[column.dataIndex] : undefined;
      const meta = { css: '', attr: '' };
      const html = column.renderer
        ? column.renderer(value, meta, record, rowIndex, colIndex, store)
        : encode(value ?? '');
      return { html: html === '' || html == null ? '&#160;' : String(html), meta };
    },
    widthStyle(column) {
      return `width:${column.width}px;${column.hidden ? 'display:none;' : ''}`;
    },
    edgeClass(index, count) {
      if (index === 0) return ' x-grid3-cell-first';
      return index === count - 1 ? ' x-grid3-cell-last' : '';
    },
    headerCell(column, index, count) {
      const button = column.menuDisabled ? '' : '<a class="x-grid3-hd-btn" href="#"></a>';
      return (
        `<td class="x-grid3-hd x-grid3-cell x-grid3-td-${column.id}${markup.edgeClass(index, count)}" ` +
        `style="${markup.widthStyle(column)}"><div class="x-grid3-hd-inner x-grid3-hd-${column.id}" ` +
        `unselectable="on" style="">${button}${column.header ? encode(column.header) : ''}` +
        `<img class="x-grid3-sort-icon" src="${Ext.BLANK_IMAGE_URL}" /></div></td>`
      );
    },
    headerTable(cm) {
      const count = cm.getColumnCount();
      const cells = cm.config.map((column, i) => markup.headerCell(column, i, count)).join('');
      const width = cm.getTotalWidth();
      return (
        `<table border="0" cellspacing="0" cellpadding="0" style="width:${width}px;">` +
        `<thead><tr class="x-grid3-hd-row">${cells}</tr></thead></table>`
      );
    },
    rowCell(column, index, count, value) {
      const css = value.meta.css ? ` ${value.meta.css}` : '';
      return (
        `<td class="x-grid3-col x-grid3-cell x-grid3-td-${column.id}${markup.edgeClass(index, count)}${css}" ` +
        `style="${markup.widthStyle(column)}" tabIndex="0" ${value.meta.attr}>` +
        `<div class="x-grid3-cell-inner x-grid3-col-${column.id}" unselectable="on">${value.html}</div></td>`
      );
    },
    rowClasses(rowIndex, rowCount, extra) {
      const classes = ['x-grid3-row'];
      if (rowIndex % 2 === 1) classes.push('x-grid3-row-alt');
      if (rowIndex === 0) classes.push('x-grid3-row-first');
      if (rowIndex === rowCount - 1) classes.push('x-grid3-row-last');
      if (extra) classes.push(extra);
      return classes.join(' ');
    },
    row(cm, record, rowIndex, rowCount, store, rowClass) {
      const count = cm.getColumnCount();
      const cells = cm.config
        .map((column, i) =>
          markup.rowCell(column, i, count, markup.cellValue(column, record, rowIndex, i, store)),
        )
        .join('');
      const width = cm.getTotalWidth();
      return (
        `<div class="${markup.rowClasses(rowIndex, rowCount, rowClass)}" style="width:${width}px;">` +
        `<table class="x-grid3-row-table" border="0" cellspacing="0" cellpadding="0" style="width:${width}px;">` +
        `<tbody><tr>${cells}</tr></tbody></table></div>`
      );
    },
    rows(cm, records, store, getRowClass) {
      return records
        .map((record, i) =>
          markup.row(cm, record, i, records.length, store, getRowClass ? getRowClass(record, i) : ''),
        )
        .join('');
    },
    skeleton() {
      return (
        '<div class="x-grid3" hidefocus="true"><div class="x-grid3-viewport">' +
        '<div class="x-grid3-header"><div class="x-grid3-header-inner"><div class="x-grid3-header-offset"></div></div>' +
        '<div class="x-clear"></div></div>' +
        '<div class="x-grid3-scroller"><div class="x-grid3-body"></div>' +
        '<a href="#" class="x-grid3-focus" tabIndex="-1"></a></div></div>' +
        '<div class="x-grid3-resize-marker">&#160;</div><div class="x-grid3-resize-proxy">&#160;</div></div>'
      );
    },
  };

  class GridView extends Ext.util.Observable {
    constructor(config) {
      super();
      Ext.apply(this, config || {});
    }
    init(grid) {
      this.grid = grid;
      this.cm = grid.getColumnModel();
      this.store = grid.getStore();
      this.onDataChanged = () => this.refresh();
      this.onColumnsChanged = () => this.refresh(true);
      this.store.on('datachanged', this.onDataChanged);
      this.cm.on('hiddenchange', this.onColumnsChanged);
      this.cm.on('columnmoved', this.onColumnsChanged);
    }
    render(container) {
      container.innerHTML = markup.skeleton();
      this.el = container.firstChild;
      this.mainHd = this.el.querySelector('.x-grid3-header-offset');
      this.scroller = this.el.querySelector('.x-grid3-scroller');
      this.mainBody = this.el.querySelector('.x-grid3-body');
      this.el.addEventListener('mouseover', (e) => this.onRowOver(e, true));
      this.el.addEventListener('mouseout', (e) => this.onRowOver(e, false));
      this.el.addEventListener('click', (e) => this.onClick(e));
      // The header sits outside the scroller: keep it in step horizontally, as ExtJS does.
      const headerInner = this.el.querySelector('.x-grid3-header-inner');
      this.scroller.addEventListener('scroll', () => {
        headerInner.scrollLeft = this.scroller.scrollLeft;
      });
      this.refresh(true);
    }
    /** Re-renders every row (new elements each time), optionally the header too, then fires refresh. */
    refresh(headersToo) {
      if (!this.mainBody) return;
      const start = window.performance.now();
      if (headersToo) this.updateHeaders();
      const records = this.store.getRange();
      this.mainBody.innerHTML = markup.rows(this.cm, records, this.store, this.getRowClass);
      // User Timing for `npm run bench`: the grid's own render, before listeners run.
      window.performance.clearMeasures('sim:grid-render');
      window.performance.measure('sim:grid-render', { start, end: window.performance.now() });
      this.fireEvent('refresh', this);
    }
    /** Re-renders the header only (the UI re-translates header texts after the first render). */
    updateHeaders() {
      if (this.mainHd) this.mainHd.innerHTML = markup.headerTable(this.cm);
    }
    getRows() {
      return this.mainBody ? Array.from(this.mainBody.children) : [];
    }
    getRow(index) {
      return this.getRows()[index];
    }
    getCell(rowIndex, colIndex) {
      return this.getRow(rowIndex)?.querySelectorAll('td.x-grid3-cell')[colIndex];
    }
    getHeaderCell(index) {
      return this.mainHd?.querySelectorAll('td.x-grid3-hd')[index];
    }
    findRowIndex(el) {
      const row = el?.closest?.('.x-grid3-row');
      return row ? this.getRows().indexOf(row) : -1;
    }
    findCellIndex(el) {
      const cell = el?.closest?.('td.x-grid3-cell');
      return cell ? Array.from(cell.parentNode.children).indexOf(cell) : -1;
    }
    onRowOver(event, over) {
      const row = event.target.closest?.('.x-grid3-row');
      if (!row || (event.relatedTarget && row.contains(event.relatedTarget))) return;
      row.classList.toggle('x-grid3-row-over', over);
    }
    onClick(event) {
      const headerIndex = this.headerIndexOf(event.target);
      if (headerIndex >= 0) {
        event.preventDefault();
        this.grid.fireEvent('headerclick', this.grid, headerIndex, event);
        return;
      }
      const rowIndex = this.findRowIndex(event.target);
      if (rowIndex < 0) return;
      const cellIndex = this.findCellIndex(event.target);
      if (cellIndex >= 0) this.grid.fireEvent('cellclick', this.grid, rowIndex, cellIndex, event);
      this.grid.fireEvent('rowclick', this.grid, rowIndex, event);
    }
    headerIndexOf(el) {
      const cell = el?.closest?.('td.x-grid3-hd');
      return cell ? Array.from(cell.parentNode.children).indexOf(cell) : -1;
    }
    destroy() {
      this.store.un('datachanged', this.onDataChanged);
      this.cm.un('hiddenchange', this.onColumnsChanged);
      this.cm.un('columnmoved', this.onColumnsChanged);
      this.events = {};
      this.mainBody = null;
    }
  }
  GridView.markup = markup;
  Ext.grid.GridView = GridView;
})(window);
