// Caps how many lookups run at once against one firewall. Web Locks are shared by every tab of
// the same origin, so two tabs of one firewall still share the same two slots; where Web Locks
// are missing, the cap holds per tab.
//
// Firefox: a content script reaches the page's LockManager through an Xray wrapper, and the
// page's lock cannot wait on the promise our callback returns ("Permission denied to access
// property then"): the lock is dropped at once and request() rejects. One probe lock tells, and
// where it fails the cap holds per tab.

export interface Slots {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running now in this tab (for tests and diagnostics). */
  readonly active: number;
}

type LockManagerLike = {
  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
};

/** Whether this lock manager can hold a lock for as long as our callback's promise runs. */
async function locksUsable(lockManager: LockManagerLike, name: string): Promise<boolean> {
  try {
    await lockManager.request(name, { ifAvailable: true }, async () => {
      await Promise.resolve();
    });
    return true;
  } catch {
    return false;
  }
}

export function createSlots(count: number, lockPrefix: string, locks?: LockManagerLike): Slots {
  let usable: Promise<boolean> | null = null;
  let active = 0;
  let next = 0;
  const waiting: (() => void)[] = [];

  async function inTab<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    while (active >= count) {
      signal?.throwIfAborted();
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        // An aborted waiter leaves the queue: the next release must wake a live one.
        const onAbort = () => {
          const at = waiting.indexOf(wake);
          if (at >= 0) waiting.splice(at, 1);
          reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
        };
        waiting.push(wake);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  }

  async function acrossTabs<T>(lockManager: LockManagerLike, task: () => Promise<T>, signal?: AbortSignal) {
    // Take a free slot if there is one; otherwise queue on the slots in turn.
    for (let i = 0; i < count; i++) {
      let ran = false;
      let result: T | undefined;
      await lockManager.request(`${lockPrefix}-${i}`, { ifAvailable: true }, async (lock) => {
        if (!lock) return;
        ran = true;
        result = await task();
      });
      if (ran) return result as T;
    }
    const slot = next++ % count;
    let result: T | undefined;
    await lockManager.request(`${lockPrefix}-${slot}`, { signal }, async () => {
      result = await task();
    });
    return result as T;
  }

  return {
    run(task, signal) {
      return inTab(async () => {
        usable ??= locks ? locksUsable(locks, `${lockPrefix}-probe`) : Promise.resolve(false);
        return locks && (await usable) ? acrossTabs(locks, task, signal) : task();
      }, signal);
    },
    get active() {
      return active;
    },
  };
}
