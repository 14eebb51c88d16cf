import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Firefox ESR (WebDriver BiDi) with the built Firefox package as a
// temporary add-on, against the simulator over real HTTP. Two files at a time, each with its own
// simulator (a free port) and Firefox profile (`--maxWorkers=1` runs them one by one).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
