import { defineConfig } from 'vitest/config';

/** End-to-end: the built extension in real headless Chromium. Run after `wxt build`. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time: the machine has two cores and the tests share a policy directory.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
