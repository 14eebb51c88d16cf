import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian Chromium against the simulator over real
// HTTP. Two files at a time, each with its own simulator (a free port) and browser profile: most
// of a test is waiting on the page or the firewall, so two browsers fit on two cores
// (`--maxWorkers=1` runs them one by one). The packages are built once, before any file starts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
