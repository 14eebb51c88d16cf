import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from '../../tests/fixtures/grid/load-fixture';
import { observeGridBody } from './grid-changes';
import { BADGE_TAG } from './our-markup';

const body = () => document.querySelector('.x-grid3-body')!;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const settle = async () => {
  await Promise.resolve();
  await frame();
  await frame();
};

function rerender() {
  const rows = Array.from(body().children, (row) => row.cloneNode(true));
  body().replaceChildren(...rows);
}

describe('observeGridBody', () => {
  beforeEach(() => loadFixture('firewall-default'));
  afterEach(() => document.body.replaceChildren());

  it('calls back once for a burst of re-renders', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeGridBody(body(), onChange, controller.signal);
    rerender();
    rerender();
    body().firstElementChild!.remove();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    rerender();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  it('ignores our own hosts and changes inside cells', async () => {
    const onChange = vi.fn();
    const controller = new AbortController();
    observeGridBody(body(), onChange, controller.signal);
    const host = document.createElement(BADGE_TAG);
    body().append(host);
    host.remove();
    body().querySelector('.x-grid3-col-13')!.append(document.createElement(BADGE_TAG));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
  });

  it('disconnects on abort, and drops a pending callback', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const onChange = vi.fn();
    const controller = new AbortController();
    observeGridBody(body(), onChange, controller.signal);
    rerender();
    await Promise.resolve();
    controller.abort();
    expect(disconnect).toHaveBeenCalledTimes(1);
    rerender();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does nothing with an aborted signal', () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    observeGridBody(body(), () => {}, AbortSignal.abort());
    expect(observe).not.toHaveBeenCalled();
  });
});
