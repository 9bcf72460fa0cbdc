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
  },
});
