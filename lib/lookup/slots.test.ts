import { describe, expect, it } from 'vitest';
import { createSlots } from './slots';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSlots', () => {
  it('never runs more than the cap at once, and runs everything', async () => {
    const slots = createSlots(2, 'test');
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      await tick();
      running--;
      return 'done';
    };
    const results = await Promise.all(Array.from({ length: 7 }, () => slots.run(task)));
    expect(results).toEqual(Array(7).fill('done'));
    expect(peak).toBe(2);
    expect(slots.active).toBe(0);
  });

  it('a waiting task that is aborted never runs', async () => {
    const slots = createSlots(1, 'test');
    let release = () => {};
    const first = slots.run(() => new Promise<void>((resolve) => (release = resolve)));
    const controller = new AbortController();
    let ran = false;
    const second = slots.run(async () => {
      ran = true;
    }, controller.signal);
    controller.abort();
    await expect(second).rejects.toBeDefined();
    release();
    await first;
    expect(ran).toBe(false);
  });

  it('an aborted waiter gives its turn to the live waiter behind it', async () => {
    const slots = createSlots(1, 'test');
    let release = () => {};
    const first = slots.run(() => new Promise<void>((resolve) => (release = resolve)));
    const controller = new AbortController();
    const aborted = slots.run(async () => 'aborted ran', controller.signal);
    const live = slots.run(async () => 'live ran');
    controller.abort();
    await expect(aborted).rejects.toBeDefined();
    release();
    await first;
    // Before the fix the release woke the aborted waiter's stale entry and the live one waited forever.
    const outcome = await Promise.race([
      live,
      new Promise((resolve) => setTimeout(() => resolve('stuck'), 200)),
    ]);
    expect(outcome).toBe('live ran');
    expect(slots.active).toBe(0);
  });

  it('frees the slot when a task throws', async () => {
    const slots = createSlots(1, 'test');
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(async () => 'next')).resolves.toBe('next');
  });

  it("keeps the cap per tab where the page's lock manager cannot wait on our promise (Firefox content scripts)", async () => {
    // What Firefox does through the Xray wrapper: the callback is called, but the lock cannot
    // read our promise's `then`, so the lock is dropped and request() rejects at once.
    const names: string[] = [];
    const xrayLocks = {
      request(name: string, _options: object, callback: (lock: unknown) => Promise<unknown>) {
        names.push(name);
        void callback({ name });
        return Promise.reject(new Error('Permission denied to access property "then"'));
      },
    };
    const slots = createSlots(2, 'fw', xrayLocks);
    let running = 0;
    let peak = 0;
    let runs = 0;
    const task = async () => {
      runs++;
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
      return 'answer';
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => slots.run(task)));
    expect(results).toEqual(Array(5).fill('answer'));
    expect(runs).toBe(5);
    expect(peak).toBe(2);
    expect(names).toEqual(['fw-probe']); // asked once, then never again
  });

  it('shares the slots through a lock manager that can hold locks', async () => {
    const held = new Set<string>();
    const names: string[] = [];
    const locks = {
      async request(
        name: string,
        options: { ifAvailable?: boolean },
        callback: (lock: unknown) => Promise<unknown>,
      ) {
        names.push(name);
        if (held.has(name)) {
          if (options.ifAvailable) return callback(null);
          throw new Error('this fake only serves free locks');
        }
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      },
    };
    const slots = createSlots(2, 'fw', locks);
    await expect(slots.run(async () => 'one')).resolves.toBe('one');
    expect(names).toEqual(['fw-probe', 'fw-0']);
  });
});
