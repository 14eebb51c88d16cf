import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    environment: 'happy-dom',
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/sim/**/*.test.ts',
      'entrypoints/**/*.test.ts',
    ],
    restoreMocks: true,
    // Vitest leaves one core free by default, which on two cores is a single worker; two run the
    // unit files there in about 55 s instead of 90 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
