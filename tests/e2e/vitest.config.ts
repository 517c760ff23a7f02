import { defineConfig } from 'vitest/config';

// Real browsers with the built extension (npm run build:all first). One file at a time per
// core keeps two browsers from starving each other on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    retry: 0,
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
