// Browser tests: the built app, served as by `npm start`, driven in Chromium via playwright-core.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, each in its own browser: a browser test mostly waits (on the page, on
    // IndexedDB's commits), so one file at a time kept the two cores 35% busy, and took 700 s of
    // CI's 25 minutes here; two at a time took 500 s. A test that races the machine's speed
    // (backup-copy's Lock during an export) decides inside the page, not across round trips.
    fileParallelism: true,
    maxWorkers: 2,
    // A real browser on a shared, noisy 2-core machine: a test gets one more try, and the
    // report marks it ("retry x1"). A test that fails twice fails the run.
    retry: 1,
  },
});
