import { describe, expect, it } from 'vitest';
import { DEADLINES, deadlinesFor, E2E_DEADLINES, PRODUCTION_DEADLINES } from './deadlines';

describe('deadlines', () => {
  it('production: 30 s for the grid, 45 s for a log store query, 30 s for a log job', () => {
    expect(PRODUCTION_DEADLINES).toEqual({ gridWaitMs: 30_000, logStoreQueryMs: 45_000, logJobMs: 30_000 });
  });

  it('every build but the e2e one uses the production values; unit tests see them too', () => {
    for (const mode of ['production', 'development', 'test', '']) {
      expect(deadlinesFor(mode)).toBe(PRODUCTION_DEADLINES);
    }
    expect(import.meta.env.MODE).not.toBe('e2e');
    expect(DEADLINES).toBe(PRODUCTION_DEADLINES);
  });

  it('the e2e build shortens each deadline, and no more than to seconds a loaded machine needs', () => {
    expect(deadlinesFor('e2e')).toBe(E2E_DEADLINES);
    expect(Object.keys(E2E_DEADLINES).sort()).toEqual(Object.keys(PRODUCTION_DEADLINES).sort());
    for (const [name, ms] of Object.entries(E2E_DEADLINES)) {
      expect(ms, name).toBeLessThan(PRODUCTION_DEADLINES[name as keyof typeof PRODUCTION_DEADLINES]);
      expect(ms, name).toBeGreaterThanOrEqual(5_000);
    }
  });
});
