import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian Chromium against the simulator over real
// HTTP. One browser at a time (2 cores), generous timeouts for a cold browser start.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
