import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureHtml, loadFixture } from '../../tests/fixtures/grid/load-fixture';
import { watchTrafficPage } from './page-watch';

const TRAFFIC = '#monitor::vsys1::monitor/logs/traffic';
const THREAT = '#monitor::vsys1::monitor/logs/threat';

/** Counts what is alive: observers observing, timers pending, window listeners. */
function trackResources() {
  let observing = 0;
  const realObserve = MutationObserver.prototype.observe;
  const realDisconnect = MutationObserver.prototype.disconnect;
  const live = new WeakSet<MutationObserver>();
  vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (
    this: MutationObserver,
    ...args
  ) {
    if (!live.has(this)) observing += 1;
    live.add(this);
    return realObserve.apply(this, args);
  });
  vi.spyOn(MutationObserver.prototype, 'disconnect').mockImplementation(function (this: MutationObserver) {
    if (live.has(this)) observing -= 1;
    live.delete(this);
    return realDisconnect.apply(this);
  });
  const listeners = new Map<string, number>();
  const realAdd = window.addEventListener.bind(window);
  const realRemove = window.removeEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type, fn, options) => {
    listeners.set(type, (listeners.get(type) ?? 0) + 1);
    realAdd(type, fn, options);
  });
  vi.spyOn(window, 'removeEventListener').mockImplementation((type, fn, options) => {
    listeners.set(type, (listeners.get(type) ?? 0) - 1);
    realRemove(type, fn, options);
  });
  return {
    observing: () => observing,
    listeners: (type: string) => listeners.get(type) ?? 0,
    timers: () => vi.getTimerCount(),
  };
}

function goTo(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function appendGrid() {
  const parsed = new DOMParser().parseFromString(fixtureHtml('firewall-default'), 'text/html');
  document.body.append(document.importNode(parsed.querySelector('.x-grid-panel')!, true));
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchTrafficPage', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    window.location.hash = '';
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('enters at once when the grid is already there, and leaves on another hash', () => {
    loadFixture('firewall-default');
    window.location.hash = TRAFFIC;
    const signals: AbortSignal[] = [];
    const onLeave = vi.fn();
    const watch = watchTrafficPage(window, { onEnter: (s) => signals.push(s), onLeave });
    expect(signals).toHaveLength(1);
    goTo(THREAT);
    expect(signals[0]!.aborted).toBe(true);
    expect(onLeave).toHaveBeenCalledTimes(1);
    goTo(TRAFFIC);
    expect(signals).toHaveLength(2);
    expect(signals[1]!.aborted).toBe(false);
    watch.stop();
    expect(signals[1]!.aborted).toBe(true);
    expect(onLeave).toHaveBeenCalledTimes(2);
  });

  it('ignores a hashchange that stays on the same visit, and starts a new visit for another vsys', () => {
    loadFixture('firewall-default');
    window.location.hash = TRAFFIC;
    const onEnter = vi.fn();
    const watch = watchTrafficPage(window, { onEnter, onLeave() {} });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onEnter).toHaveBeenCalledTimes(1);
    goTo('#monitor::vsys2::monitor/logs/traffic');
    expect(onEnter).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('waits for the grid with a body observer, which goes as soon as the grid is there', async () => {
    const res = trackResources();
    window.location.hash = TRAFFIC;
    const onEnter = vi.fn();
    const watch = watchTrafficPage(window, { onEnter, onLeave() {} });
    expect(onEnter).not.toHaveBeenCalled();
    expect(res.observing()).toBe(1);
    document.body.append(document.createElement('div'));
    await flush();
    expect(onEnter).not.toHaveBeenCalled();
    appendGrid();
    await flush();
    expect(onEnter).toHaveBeenCalledTimes(1);
    expect(res.observing()).toBe(0);
    watch.stop();
    expect(res.listeners('hashchange')).toBe(0);
  });

  it('gives up waiting after the cap, leaving only the hashchange listener', () => {
    vi.useFakeTimers();
    const res = trackResources();
    window.location.hash = TRAFFIC;
    const onEnter = vi.fn();
    const watch = watchTrafficPage(window, { onEnter, onLeave() {} }, { gridWaitMs: 1000 });
    expect(res.timers()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(res.observing()).toBe(0);
    expect(res.timers()).toBe(0);
    expect(res.listeners('hashchange')).toBe(1);
    watch.stop();
  });

  it('says the grid is missing after the cap (an unseen UI), until the user leaves that hash', () => {
    vi.useFakeTimers();
    window.location.hash = TRAFFIC;
    // A plausible newer UI: rows, but no x-grid3 grid this extension recognises.
    document.body.innerHTML =
      '<div role="grid"><div role="row"><span role="gridcell">allow</span></div></div>';
    const missing: AbortSignal[] = [];
    const onEnter = vi.fn();
    const watch = watchTrafficPage(
      window,
      { onEnter, onLeave() {}, onGridMissing: (signal) => missing.push(signal) },
      { gridWaitMs: 1000 },
    );
    vi.advanceTimersByTime(999);
    expect(missing).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(missing).toHaveLength(1);
    expect(onEnter).not.toHaveBeenCalled();
    goTo(THREAT);
    expect(missing[0]?.aborted).toBe(true);
    watch.stop();
  });

  it('by default waits the production 30 s for the grid before it says the grid is missing', () => {
    vi.useFakeTimers();
    window.location.hash = TRAFFIC;
    const missing = vi.fn();
    const watch = watchTrafficPage(window, { onEnter() {}, onLeave() {}, onGridMissing: missing });
    vi.advanceTimersByTime(29_999);
    expect(missing).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(missing).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('removes the observer and the timer when the user leaves before the grid shows', () => {
    vi.useFakeTimers();
    const res = trackResources();
    window.location.hash = TRAFFIC;
    const onLeave = vi.fn();
    const watch = watchTrafficPage(window, { onEnter() {}, onLeave });
    expect(res.observing()).toBe(1);
    goTo(THREAT);
    expect(res.observing()).toBe(0);
    expect(res.timers()).toBe(0);
    expect(onLeave).not.toHaveBeenCalled(); // never entered
    watch.stop();
  });

  it.each([
    ['another page', '#dashboard::vsys1::dashboard', null],
    ['the login page', TRAFFIC, 'login'],
  ] as const)('on %s: no observer, no timer, one hashchange listener', (_, hash, fixture) => {
    vi.useFakeTimers();
    if (fixture) loadFixture(fixture);
    const res = trackResources();
    window.location.hash = hash;
    const onEnter = vi.fn();
    const watch = watchTrafficPage(window, { onEnter, onLeave() {} });
    expect(res.observing()).toBe(0);
    expect(res.timers()).toBe(0);
    expect(res.listeners('hashchange')).toBe(1);
    expect(onEnter).not.toHaveBeenCalled();
    watch.stop();
    expect(res.listeners('hashchange')).toBe(0);
  });

  it('aborts the visit signal, so listeners the visit registered with it go away', () => {
    loadFixture('firewall-default');
    window.location.hash = TRAFFIC;
    const onClick = vi.fn();
    const watch = watchTrafficPage(window, {
      onEnter: (signal) => document.addEventListener('click', onClick, { signal }),
      onLeave() {},
    });
    document.body.click();
    goTo(THREAT);
    document.body.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('keeps a throwing handler away from the page', () => {
    loadFixture('firewall-default');
    window.location.hash = TRAFFIC;
    const watch = watchTrafficPage(window, {
      onEnter() {
        throw new Error('ui');
      },
      onLeave() {
        throw new Error('ui');
      },
    });
    expect(() => goTo(THREAT)).not.toThrow();
    watch.stop();
  });
});
