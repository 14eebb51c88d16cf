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
});
