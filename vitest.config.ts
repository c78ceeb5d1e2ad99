import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Site builds and the browser test take tens of seconds on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
