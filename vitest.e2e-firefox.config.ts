import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Firefox ESR (WebDriver BiDi) with the built Firefox package as a
// temporary add-on, against the simulator over real HTTP. One browser at a time (2 cores).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
