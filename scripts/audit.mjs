// `npm run audit`: Lighthouse (mobile) against the built app in Debian's Chromium; prints scores
// and Chromium's installability verdict. Goals: performance ≥ 95, accessibility 100, best practices 100.
// `--lang ar` (any of the app's languages): the browser speaks that language, so the app opens in it
// as for a person whose phone does (Lighthouse clears stored data before its run, prefs included).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { join, resolve } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startServer } from './serve.mjs';
import { findChromium } from '../bench/harness.mjs';

const langAt = process.argv.indexOf('--lang');
const lang = langAt > 0 ? process.argv[langAt + 1] : 'en';
if (!/^[a-z]{2}$/.test(lang ?? '')) throw new Error('--lang needs a language code, e.g. --lang ar');

const FLAGS = [`--lang=${lang}`, `--accept-lang=${lang}`, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const server = await startServer(0, resolve(process.env.OUT_DIR ?? 'dist'));
const url = `http://127.0.0.1:${server.address().port}/`;
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: FLAGS });
let report;
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, {
    extends: 'lighthouse:default',
    settings: { onlyCategories: ['performance', 'accessibility', 'best-practices'], formFactor: 'mobile' },
  });
  const categories = result.lhr.categories;
  const failing = Object.values(result.lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${a.id}: ${a.score}`);
  report = {
    url,
    scores: Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
    goals: { performance: 95, accessibility: 100, 'best-practices': 100 },
    notPerfect: failing,
    // What Lighthouse's own page showed as its largest paint (in the language audited).
    largestPaint: result.lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.nodeLabel,
  };
} finally {
  await chrome.kill();
}

// Installability, as Chromium itself judges it (Lighthouse 12 dropped its PWA category).
const profile = mkdtempSync(join(tmpdir(), 'audit-profile-'));
const browser = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: FLAGS });
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(url);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active));
  // The language the page opened in, so a report says what it audited.
  await page.waitForFunction(() => document.getElementById('app')?.getAttribute('aria-busy') === 'false');
  report.lang = await page.evaluate(() => `${document.documentElement.lang} (${document.documentElement.dir})`);
  const cdp = await browser.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  report.installable = installabilityErrors.length === 0;
  report.installabilityErrors = installabilityErrors.map((e) => e.errorId);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  server.close();
}
console.log(JSON.stringify(report, null, 2));
