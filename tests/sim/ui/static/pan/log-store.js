// Pan.base.data.LogStore: loads log pages from /php/monitor/log.data.xml.php the way the UI
// does. The first request enqueues a job (<result><job>ID</job>), then the same parameters
// plus jobid=ID are polled about every 500 ms until result/job/status is FIN; the entries
// become records {id: @logid, data: every field}. Like an Ext 3 XmlReader, `reader.xmlData`
// keeps the last page's document. It works standalone (no grid needed). The simulator's
// `logStoreNeverCallsBack` switch (read from its control endpoint) makes loads of any log type
// but traffic never report: no callback, no event.
((window) => {
  const Ext = window.Ext;
  const baseNs = Ext.ns('Pan.base.data');
  const LOG_URL = '/php/monitor/log.data.xml.php';

  const sleep = (ms) => new Promise((resolve) => window.setTimeout(resolve, ms));

  /** The simulator's switch, asked of its control endpoint (a test double's own business). */
  async function neverCallsBack() {
    try {
      const response = await window.fetch('/__sim/faults', { credentials: 'same-origin' });
      return (await response.json()).logStoreNeverCallsBack === true;
    } catch {
      return false;
    }
  }

  function firstText(doc, selector) {
    const node = doc.querySelector(selector);
    return node ? node.textContent.trim() : '';
  }

  /** The job id of an enqueue answer (<job>ID</job>) or of a poll answer (<job><id>ID</id>…). */
  function jobIdOf(doc) {
    const job = doc.querySelector('result > job');
    if (!job) return '';
    const id = job.querySelector('id');
    return (id ? id.textContent : job.children.length === 0 ? job.textContent : '').trim();
  }

  function recordsOf(doc) {
    const entries = doc.querySelectorAll('result > log > logs > entry');
    return Array.from(entries, (entry) => {
      const logid = entry.getAttribute('logid') || '';
      const data = { '@logid': logid };
      for (const child of Array.from(entry.children)) data[child.tagName] = child.textContent;
      return new Ext.data.Record(data, logid);
    });
  }

  class LogStore extends Ext.data.Store {
    constructor(config) {
      super(Ext.apply({ url: LOG_URL, pollInterval: 500, maxPolls: 600 }, config || {}));
      this.loadSeq = 0;
      this.loading = false;
      this.jobId = '';
      this.reader = { xmlData: null };
    }

    /** load({params:{start, limit, query}, callback(records, options, success), scope}). */
    load(options) {
      const opts = Ext.apply({}, options || {});
      opts.params = Ext.apply({}, opts.params || {});
      if (this.fireEvent('beforeload', this, opts) === false) return false;
      const params = Ext.apply(Ext.apply({}, this.baseParams), opts.params);
      this.lastOptions = opts;
      const seq = ++this.loadSeq;
      this.loading = true;
      const silent = params.logtype !== 'traffic' ? neverCallsBack() : Promise.resolve(false);
      this.fetchPage(params, seq)
        .catch((error) => ({ error: String(error?.message || error) }))
        .then(async (outcome) => {
          if (!(await silent)) this.finish(seq, opts, outcome);
        });
      return true;
    }

    reload(options) {
      return this.load(Ext.apply(Ext.apply({}, this.lastOptions || {}), options || {}));
    }

    isLoading() {
      return this.loading;
    }

    finish(seq, options, outcome) {
      if (seq !== this.loadSeq || outcome.superseded) return;
      this.loading = false;
      const callback = (records, success) => {
        if (typeof options.callback === 'function')
          options.callback.call(options.scope || this, records, options, success);
      };
      if (outcome.login) {
        callback([], false);
        window.location.href = '/php/login.php';
        return;
      }
      if (outcome.error) {
        // As Ext 3 does: the response (status, responseText) when there was one, then the reason.
        const response = outcome.response || null;
        this.fireEvent('loadexception', this, options, response, outcome.error);
        this.fireEvent(
          'exception',
          this,
          response ? 'response' : 'remote',
          'read',
          options,
          response,
          outcome.error,
        );
        callback([], false);
        return;
      }
      const start = Number(options.params.start || 0);
      this.loadRecords(outcome.records, options, Math.max(outcome.count, start + outcome.records.length));
      callback(outcome.records, true);
    }

    async fetchPage(params, seq) {
      let doc = await this.post(params);
      if (doc.login || doc.error) return doc;
      const jobId = jobIdOf(doc.xml);
      this.jobId = jobId;
      for (let polls = 0; firstText(doc.xml, 'result > job > status') !== 'FIN'; polls++) {
        if (!jobId) return { error: 'no job id in the answer' };
        if (polls >= this.maxPolls) return { error: `job ${jobId} did not finish` };
        await sleep(this.pollInterval);
        if (seq !== this.loadSeq) return { superseded: true };
        doc = await this.post(Ext.apply(Ext.apply({}, params), { jobid: jobId }));
        if (doc.login || doc.error) return doc;
      }
      // As an Ext 3 XmlReader does; the Detailed Log View sends this page's XML back.
      this.reader.xmlData = doc.xml;
      const logs = doc.xml.querySelector('result > log > logs');
      const records = recordsOf(doc.xml);
      return { records, count: Number(logs?.getAttribute('count')) || records.length };
    }

    /** One POST; answers {xml, text} or {login: true} or {error, response: {status, responseText}}. */
    async post(params) {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) {
        if (value !== undefined && value !== null) body.set(key, String(value));
      }
      const response = await window.fetch(this.url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        body: body.toString(),
      });
      const text = await response.text();
      if (text.includes('__LOGIN_PAGE__')) return { login: true };
      const answer = { status: response.status, responseText: text };
      if (!response.ok) return { error: `HTTP ${response.status}`, response: answer };
      const xml = new window.DOMParser().parseFromString(text, 'application/xml');
      if (xml.querySelector('parsererror') || !xml.documentElement)
        return { error: 'malformed XML', response: answer };
      const status = xml.documentElement.getAttribute('status');
      if (status === 'unauth') return { login: true };
      if (status === 'error') return { error: firstText(xml, 'msg') || 'error', response: answer };
      return { xml, text };
    }

    /** Stops any polling; a store left behind by a closed view must not keep asking. */
    destroy() {
      this.loadSeq++;
      this.loading = false;
      this.events = {};
    }
  }

  baseNs.LogStore = LogStore;
})(window);
