// The log viewer's toolbars: the filter bar on top (filter box, Apply, Clear, Refresh,
// Columns), the paging bar below (first/prev/next/last, page size, "Displaying 1 - 20"),
// and the column menu (hide/show, move left/right) opened from a header or from Columns.
((window) => {
  const Ext = window.Ext;
  const encode = Ext.util.Format.htmlEncode;
  const logNs = Ext.ns('Pan.monitor.log');

  const PAGE_SIZES = [20, 30, 40, 50, 75, 100];
  const PAGE_SIZE_KEY = 'pan.monitor.log.pageSize';

  const button = (cls, title, text) =>
    `<td class="x-toolbar-cell"><button type="button" class="x-btn ${cls}" title="${title}">${text}</button></td>`;

  function filterBarHtml() {
    return (
      '<div class="x-toolbar x-small-editor pan-log-filterbar"><table cellspacing="0"><tbody><tr>' +
      '<td class="x-toolbar-cell pan-filter-cell"><input type="text" name="query" class="x-form-text x-form-field" ' +
      'autocomplete="off" spellcheck="false"></td>' +
      button('pan-apply-filter', 'Apply Filter', '&#8594;') +
      button('pan-clear-filter', 'Clear Filter', '&#10005;') +
      '<td class="x-toolbar-cell"><span class="xtb-sep"></span></td>' +
      button('pan-refresh', 'Refresh', '&#8635;') +
      button('pan-columns', 'Columns', 'Columns') +
      '</tr></tbody></table></div>'
    );
  }

  function pagingBarHtml(pageSize) {
    const options = PAGE_SIZES.map(
      (size) => `<option value="${size}"${size === pageSize ? ' selected' : ''}>${size}</option>`,
    ).join('');
    return (
      '<div class="x-toolbar x-paging-toolbar"><table cellspacing="0"><tbody><tr>' +
      button('x-tbar-page-first', 'First Page', '&#171;') +
      button('x-tbar-page-prev', 'Previous Page', '&#8249;') +
      '<td class="x-toolbar-cell"><span class="xtb-text pan-page-number">Page 1</span></td>' +
      button('x-tbar-page-next', 'Next Page', '&#8250;') +
      button('x-tbar-page-last', 'Last Page', '&#187;') +
      '<td class="x-toolbar-cell"><span class="xtb-sep"></span></td>' +
      `<td class="x-toolbar-cell"><select name="pagesize" class="x-form-field">${options}</select></td>` +
      '<td class="x-toolbar-cell"><span class="xtb-text">per page</span></td>' +
      '<td class="x-toolbar-cell x-toolbar-right"><span class="xtb-text x-paging-info">No logs to display</span></td>' +
      '</tr></tbody></table></div>'
    );
  }

  function pagingInfo(start, count) {
    return count > 0 ? `Displaying ${start + 1} - ${start + count}` : 'No logs to display';
  }

  function storedPageSize() {
    try {
      const size = Number(window.localStorage.getItem(PAGE_SIZE_KEY));
      return PAGE_SIZES.includes(size) ? size : 20;
    } catch {
      return 20;
    }
  }

  function storePageSize(size) {
    try {
      window.localStorage.setItem(PAGE_SIZE_KEY, String(size));
    } catch {
      // No storage: the size lasts for this page only.
    }
  }

  /** A floating menu over a column model; choices go through the model (its events persist them). */
  class ColumnMenu {
    constructor(cm) {
      this.cm = cm;
      this.el = null;
      this.onDocumentClick = (event) => {
        if (this.el && !this.el.contains(event.target)) this.close();
      };
    }
    itemsHtml(colIndex) {
      const parts = [];
      if (colIndex !== null) {
        const last = this.cm.getColumnCount() - 1;
        parts.push(
          `<a class="x-menu-item" data-action="move-left"${colIndex <= 0 ? ' aria-disabled="true"' : ''}>Move Left</a>`,
          `<a class="x-menu-item" data-action="move-right"${colIndex >= last ? ' aria-disabled="true"' : ''}>Move Right</a>`,
          '<a class="x-menu-item" data-action="hide">Hide Column</a>',
          '<div class="x-menu-sep"></div>',
        );
      }
      this.cm.config.forEach((column) => {
        if (column.menuDisabled) return;
        const checked = column.hidden ? '' : ' checked';
        parts.push(
          `<label class="x-menu-item x-menu-check-item"><input type="checkbox" data-col-id="${column.id}"${checked}> ` +
            `${encode(column.header)}</label>`,
        );
      });
      return parts.join('');
    }
    open(anchor, colIndex) {
      this.close();
      const menu = window.document.createElement('div');
      menu.className = 'x-menu x-menu-floating pan-column-menu';
      menu.innerHTML = `<div class="x-menu-list">${this.itemsHtml(colIndex)}</div>`;
      const rect = anchor.getBoundingClientRect();
      menu.style.left = `${Math.max(0, rect.left + window.scrollX)}px`;
      menu.style.top = `${rect.bottom + window.scrollY}px`;
      menu.addEventListener('click', (event) => this.onItem(event, colIndex));
      menu.addEventListener('change', (event) => this.onCheck(event));
      window.document.body.appendChild(menu);
      this.el = menu;
      window.setTimeout(() => window.document.addEventListener('click', this.onDocumentClick), 0);
    }
    onItem(event, colIndex) {
      const item = event.target.closest('[data-action]');
      if (!item || item.getAttribute('aria-disabled') === 'true') return;
      const action = item.dataset.action;
      this.close();
      if (action === 'move-left') this.cm.moveColumn(colIndex, colIndex - 1);
      if (action === 'move-right') this.cm.moveColumn(colIndex, colIndex + 1);
      if (action === 'hide') this.cm.setHidden(colIndex, true);
    }
    onCheck(event) {
      const box = event.target;
      if (!box.dataset || box.dataset.colId === undefined) return;
      const index = this.cm.getIndexById(Number(box.dataset.colId));
      if (index >= 0) this.cm.setHidden(index, !box.checked);
    }
    close() {
      window.document.removeEventListener('click', this.onDocumentClick);
      if (this.el) this.el.remove();
      this.el = null;
    }
  }

  logNs.toolbar = {
    PAGE_SIZES,
    filterBarHtml,
    pagingBarHtml,
    pagingInfo,
    storedPageSize,
    storePageSize,
    ColumnMenu,
  };
})(window);
