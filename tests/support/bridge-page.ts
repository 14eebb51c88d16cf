// The main-world bridge installed in a fake firewall page (tests/fixtures/grid/fake-ext-page.ts),
// spoken to as the content script does: JSON-string CustomEvents, answers collected by id. Each
// test gets a fresh page; whatever it installed is removed after it.

import { afterEach, beforeEach } from 'vitest';
import { installBridge } from '../../lib/bridge/bridge-main';
import { GRID_EVENT, REQUEST_EVENT, RESPONSE_EVENT } from '../../lib/bridge/protocol';
import { FakePage, FakeStore } from '../fixtures/grid/fake-ext-page';

export interface BridgePage {
  page: FakePage;
  /** Every answer the bridge sent, parsed. */
  responses: Record<string, unknown>[];
  /** The reason of every grid event the bridge pushed. */
  gridEvents: string[];
  /** Installs the bridge in this test's window; it is uninstalled after the test. */
  install(): () => void;
  /** Takes the fake page's globals away again (a page without PAN globals). */
  undoPage(): void;
  /** Sends a request with a fresh id and waits (a few turns) for its answer. */
  ask(message: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
}

export function send(detail: unknown): void {
  document.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail }));
}
export const sendJson = (message: unknown) => send(JSON.stringify(message));
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Fresh fake page and bridge listeners around each test of the calling file. */
export function useBridgePage(): BridgePage {
  let uninstall: (() => void) | undefined;
  let undo: () => void = () => {};
  const onResponse = (e: Event) => h.responses.push(JSON.parse((e as CustomEvent).detail));
  const onGrid = (e: Event) => h.gridEvents.push(JSON.parse((e as CustomEvent).detail).reason);
  const h: BridgePage = {
    page: new FakePage(),
    responses: [],
    gridEvents: [],
    install() {
      uninstall = installBridge(window);
      return uninstall;
    },
    undoPage: () => undo(),
    async ask(message) {
      const id = Math.floor(Math.random() * 1e6);
      sendJson({ id, ...message });
      for (let i = 0; i < 50 && !h.responses.some((r) => r.id === id); i++) await flush();
      return h.responses.find((r) => r.id === id);
    },
  };
  beforeEach(() => {
    h.page = new FakePage();
    FakeStore.created = [];
    FakeStore.loadBehaviour = () => {};
    undo = h.page.install(window);
    h.responses = [];
    h.gridEvents = [];
    document.addEventListener(RESPONSE_EVENT, onResponse);
    document.addEventListener(GRID_EVENT, onGrid);
  });
  afterEach(() => {
    uninstall?.();
    uninstall = undefined;
    undo();
    document.removeEventListener(RESPONSE_EVENT, onResponse);
    document.removeEventListener(GRID_EVENT, onGrid);
  });
  return h;
}
