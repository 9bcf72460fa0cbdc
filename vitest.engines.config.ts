// Cross-engine browser tests: the built app in Firefox ESR (puppeteer-core over WebDriver BiDi)
// and WebKitGTK (webdriverio over WebDriver). Each file starts its own server and browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/engines/**/*.engine.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Two cores, two engines: Firefox and WebKit run at once, one file each. Their flows wait on
    // the vault (Argon2id) and on pages far more than on each other, and CI has 25 minutes for all.
    fileParallelism: true,
    maxWorkers: 2,
    // As for Chromium: one more try on a noisy shared machine, reported as "retry x1".
    retry: 1,
  },
});
