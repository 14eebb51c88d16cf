// Code the benchmark runs inside the simulator's page (main world), kept as plain JS strings so
// that no TypeScript or bundler helper leaks into what the browser evaluates.
//
// window.__tlBench collects the User Timing measures of the grid's own render (sim:grid-render)
// and of our marking (threat-lens:*), both on the page's one timeline: a content script's
// performance.measure lands there too (Chromium shares it between worlds, checked by the bench
// itself: no threat-lens entry, no figure). It also times hover-to-answer and the Detailed Log
// View flow from the input event's own timestamp.

export interface TimelineEntry {
  name: string;
  start: number;
  duration: number;
}

export const INSTALL_PROBES = `(() => {
  if (window.__tlBench) return;
  const entries = [];
  const bench = { entries, hover: null, detail: null };
  window.__tlBench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name.startsWith('threat-lens:') || e.name.startsWith('sim:'))
        entries.push({ name: e.name, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'measure', buffered: true });

  // Resolves with the entries after index since, once a grid render and a marking after it are
  // in and nothing new came for quietMs.
  bench.settled = (since, quietMs, timeoutMs) =>
    new Promise((resolve, reject) => {
      const begin = performance.now();
      let seen = -1;
      let changed = begin;
      const tick = () => {
        if (entries.length !== seen) {
          seen = entries.length;
          changed = performance.now();
        }
        const slice = entries.slice(since);
        const render = slice.findIndex((e) => e.name === 'sim:grid-render');
        const marked = render >= 0 && slice.slice(render).some((e) => e.name === 'threat-lens:mark');
        if (marked && performance.now() - changed >= quietMs) return resolve(slice);
        if (performance.now() - begin > timeoutMs)
          return reject(new Error('no marking after the grid render: ' + JSON.stringify(slice)));
        setTimeout(tick, 20);
      };
      tick();
    });

  // Hover to answer: from the mouseover that reaches a badge (its timestamp: when the input
  // happened; and when the page got it) to a tooltip showing the headline.
  const answered = () => {
    const host = document.querySelector('threat-lens-tooltip');
    return Boolean(host && host.shadowRoot &&
      host.shadowRoot.querySelector('.tl-tooltip[data-state="done"] [data-part="headline"]'));
  };
  bench.armHover = (timeoutMs) => {
    bench.hover = null;
    const channel = new MessageChannel();
    let t0 = 0;
    let dispatched = 0;
    const poll = () => {
      const elapsed = performance.now() - t0;
      if (answered()) bench.hover = { ms: performance.now() - t0, afterDispatchMs: performance.now() - dispatched };
      else if (elapsed > timeoutMs) bench.hover = { error: 'no answer in the tooltip after ' + timeoutMs + ' ms' };
      else if (elapsed < 100) channel.port2.postMessage(0);
      else setTimeout(poll, 4);
    };
    channel.port1.onmessage = poll;
    const onOver = (event) => {
      if (event.target.localName !== 'threat-lens-badge') return;
      document.removeEventListener('mouseover', onOver, true);
      t0 = event.timeStamp;
      dispatched = performance.now();
      poll();
    };
    document.addEventListener('mouseover', onOver, true);
  };

  // The UI's own flow: from the click on the row's magnifier to the Detailed Log View's 'done'.
  bench.armDetail = () => {
    bench.detail = null;
    let t0 = 0;
    const onClick = (event) => {
      if (!event.target.closest || !event.target.closest('a.x-hyperlink')) return;
      document.removeEventListener('click', onClick, true);
      t0 = event.timeStamp;
    };
    document.addEventListener('click', onClick, true);
    const observer = new MutationObserver(() => {
      const state = document.body.dataset.detailLogState;
      if (t0 === 0 || (state !== 'done' && state !== 'error')) return;
      observer.disconnect();
      bench.detail = state === 'done' ? { ms: performance.now() - t0 } : { error: 'Detailed Log View error' };
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-detail-log-state'] });
  };
})();`;
