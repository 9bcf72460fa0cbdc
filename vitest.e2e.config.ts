// Browser tests: the built app, served as by `npm start`, driven in Chromium via playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time keeps timings sane and failures readable.
    fileParallelism: false,
    maxWorkers: 1,
    // A real browser on a shared, noisy 2-core machine: a test gets one more try, and the
    // report marks it ("retry x1"). A test that fails twice fails the run.
    retry: 1,
  },
});
