// A tiny imitation of the ExtJS 3.4 core the PAN-OS UI is built on (not ExtJS itself): only
// the pieces the extension touches from the main world: Ext.ComponentMgr.all, Observable
// events, a Store of Records, a ColumnModel. The grid view lives in pan-extjs3-grid.js.
((window) => {
  const Ext = window.Ext || {};
  window.Ext = Ext;
  Ext.version = '3.4.0';
  Ext.BLANK_IMAGE_URL = '/images/s.gif';

  Ext.apply = (target, source) => {
    if (target && source) for (const key of Object.keys(source)) target[key] = source[key];
    return target;
  };

  Ext.ns = (...names) => {
    let last;
    for (const name of names) {
      let node = window;
      for (const part of name.split('.')) {
        node[part] = node[part] || {};
        node = node[part];
      }
      last = node;
    }
    return last;
  };
  Ext.namespace = Ext.ns;

  let nextId = 1000;
  Ext.id = (_el, prefix) => `${prefix || 'ext-gen'}${++nextId}`;

  Ext.ns('Ext.util', 'Ext.data', 'Ext.grid');

  /** Escapes text for HTML element content and attribute values. */
  function htmlEncode(value) {
    return String(value ?? '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }
  Ext.util.Format = { htmlEncode };

  class Observable {
    constructor() {
      this.events = {};
    }
    on(name, fn, scope) {
      if (!this.events[name]) this.events[name] = [];
      this.events[name].push({ fn, scope });
      return this;
    }
    un(name, fn, scope) {
      const list = this.events[name];
      if (!list) return this;
      const index = list.findIndex((l) => l.fn === fn && (scope === undefined || l.scope === scope));
      if (index >= 0) list.splice(index, 1);
      return this;
    }
    /** Calls every listener; false if one of them returned false (a veto, as in ExtJS). */
    fireEvent(name, ...args) {
      let result = true;
      for (const listener of (this.events[name] || []).slice()) {
        try {
          if (listener.fn.apply(listener.scope || this, args) === false) result = false;
        } catch (error) {
          // One broken listener (for instance an extension's) must not break the UI.
          window.console.error(error);
        }
      }
      return result;
    }
    fire(name, ...args) {
      return this.fireEvent(name, ...args);
    }
    addListener(name, fn, scope) {
      return this.on(name, fn, scope);
    }
    removeListener(name, fn, scope) {
      return this.un(name, fn, scope);
    }
    hasListener(name) {
      return (this.events[name] || []).length > 0;
    }
  }
  Ext.util.Observable = Observable;

  /** Ordered items with keys, like Ext.util.MixedCollection. */
  class MixedCollection extends Observable {
    constructor() {
      super();
      this.items = [];
      this.keys = [];
      this.map = {};
    }
    add(key, item) {
      this.items.push(item);
      this.keys.push(key);
      this.map[key] = item;
      this.fireEvent('add', this.items.length - 1, item, key);
      return item;
    }
    get(keyOrIndex) {
      const byKey = this.map[keyOrIndex];
      if (byKey !== undefined) return byKey;
      return typeof keyOrIndex === 'number' ? this.items[keyOrIndex] : undefined;
    }
    key(key) {
      return this.map[key];
    }
    containsKey(key) {
      return Object.hasOwn(this.map, key);
    }
    indexOf(item) {
      return this.items.indexOf(item);
    }
    remove(item) {
      const index = this.items.indexOf(item);
      if (index < 0) return false;
      const key = this.keys[index];
      this.items.splice(index, 1);
      this.keys.splice(index, 1);
      delete this.map[key];
      this.fireEvent('remove', item, key);
      return item;
    }
    removeKey(key) {
      return this.remove(this.map[key]);
    }
    /** Calls fn(item, index, length) for each item; stops when fn returns false. */
    each(fn, scope) {
      const items = this.items.slice();
      for (let i = 0; i < items.length; i++) {
        if (fn.call(scope || items[i], items[i], i, items.length) === false) break;
      }
    }
    getCount() {
      return this.items.length;
    }
  }
  Ext.util.MixedCollection = MixedCollection;

  Ext.ComponentMgr = {
    all: new MixedCollection(),
    register(component) {
      this.all.add(component.id, component);
    },
    unregister(component) {
      this.all.remove(component);
    },
    get(id) {
      return this.all.get(id);
    },
  };
  Ext.getCmp = (id) => Ext.ComponentMgr.get(id);

  /** Base of the UI's components: registered on creation, unregistered on destroy. */
  class Component extends Observable {
    constructor(config) {
      super();
      Ext.apply(this, config);
      this.id = this.id || Ext.id(null, 'ext-comp-');
      this.isDestroyed = false;
      this.rendered = false;
      Ext.ComponentMgr.register(this);
    }
    getId() {
      return this.id;
    }
    getItemId() {
      return this.itemId || this.id;
    }
    getEl() {
      return this.el;
    }
    onDestroy() {}
    destroy() {
      if (this.isDestroyed) return;
      if (this.fireEvent('beforedestroy', this) === false) return;
      this.onDestroy();
      if (this.el?.parentNode) this.el.parentNode.removeChild(this.el);
      Ext.ComponentMgr.unregister(this);
      this.isDestroyed = true;
      this.fireEvent('destroy', this);
      this.events = {};
    }
  }
  Ext.Component = Component;

  class Record {
    constructor(data, id) {
      this.data = data;
      this.id = id;
    }
    get(field) {
      return this.data[field];
    }
  }
  Ext.data.Record = Record;

  /** Records plus the load events; subclasses fetch (see Pan.base.data.LogStore). */
  class Store extends Observable {
    constructor(config) {
      super();
      this.baseParams = {};
      Ext.apply(this, config || {});
      this.baseParams = Ext.apply({}, this.baseParams);
      this.data = new MixedCollection();
      this.lastOptions = null;
      this.totalLength = 0;
    }
    getCount() {
      return this.data.getCount();
    }
    getTotalCount() {
      return this.totalLength;
    }
    getAt(index) {
      return this.data.items[index];
    }
    getById(id) {
      return this.data.key(id);
    }
    getRange(start, end) {
      return this.data.items.slice(start || 0, end === undefined ? undefined : end + 1);
    }
    indexOf(record) {
      return this.data.indexOf(record);
    }
    each(fn, scope) {
      this.data.each(fn, scope);
    }
    setBaseParam(name, value) {
      this.baseParams[name] = value;
    }
    removeAll() {
      this.data = new MixedCollection();
      this.fireEvent('clear', this);
      this.fireEvent('datachanged', this);
    }
    /** Replaces the records, then fires datachanged and load like ExtJS's loadRecords. */
    loadRecords(records, options, total) {
      this.data = new MixedCollection();
      for (const record of records) this.data.add(record.id, record);
      this.totalLength = total === undefined ? records.length : total;
      this.fireEvent('datachanged', this);
      this.fireEvent('load', this, records, options);
    }
  }
  Ext.data.Store = Store;

  Ext.onReady = (fn) => {
    if (window.document.readyState === 'loading') window.document.addEventListener('DOMContentLoaded', fn);
    else fn();
  };
})(window);
