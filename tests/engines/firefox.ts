// Firefox ESR driven by puppeteer-core over WebDriver BiDi (Debian's firefox-esr).
import puppeteer, { type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until, type Driver } from './driver';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Firefox found for the Firefox browser tests. Install it (Debian: `sudo apt-get install -y firefox-esr`) ' +
      'or set FIREFOX_PATH to a Firefox binary. These tests never skip.',
  );
}

export interface FirefoxDriver extends Driver {
  /** Where downloads land. */
  downloads: string;
}

export async function launchFirefox(options: { locale?: string } = {}): Promise<FirefoxDriver> {
  const profileDir = mkdtempSync(join(tmpdir(), 'engine-firefox-'));
  const downloads = mkdtempSync(join(tmpdir(), 'engine-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      'intl.accept_languages': options.locale ?? 'en-US',
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // The neutral exit destinations must never reach the network from a test.
      'network.dns.localDomains': 'weather.com,news.example.org',
    },
  });
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    p.on('pageerror', (error) => errors.push(String(error)));
    return p;
  };
  let page = watch((await browser.pages())[0] ?? (await browser.newPage()));
  await page.setViewport({ width: 390, height: 844 });
  /** The tab as puppeteer now sees it: leaving for another site (a process swap) can detach the old frame. */
  const current = async () => {
    if (page.mainFrame().detached) page = watch((await browser.pages()).at(-1)!);
    return page;
  };
  /**
   * Not waiting on puppeteer's navigation events: after a back/forward restore, and offline
   * (served by the service worker), Firefox never reported them. A new document is one
   * without the old one's mark, and (for goto) on the origin asked for: a fresh profile's tab
   * can swap in a new about:blank of its own, which carries no mark either.
   */
  const navigate = async (go: (p: Page) => Promise<unknown>, origin: string | null) => {
    const p = await current();
    await p.evaluate(() => void ((window as unknown as { e2eOld: boolean }).e2eOld = true)).catch(() => undefined);
    let refused: unknown = null;
    void go(p).catch((error: unknown) => void (refused = error));
    await until('the new page', async () => {
      const arrived = await (await current()).evaluate((want) => !(window as unknown as { e2eOld?: boolean }).e2eOld && document.readyState !== 'loading' && (want === null || location.origin === want), origin);
      // Not there, and the navigation was refused: a timeout then says why, not just "not yet".
      if (!arrived && refused) throw refused;
      return arrived;
    }, 60_000);
  };
  const marked = async () => {
    const handle = await (await current()).$('[data-e2e-hit]');
    if (!handle) throw new Error('No marked element');
    return handle;
  };
  return {
    engine: 'firefox', downloads, errors,
    async goto(url) {
      await navigate((p) => p.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 }), new URL(url).origin);
    },
    async reload() {
      await navigate((p) => p.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 }), null);
    },
    async back() {
      // Do not wait on the navigation: a restored or swapped page may never report it.
      const p = await current();
      await Promise.race([p.goBack().catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]);
    },
    async url() {
      // The page's own answer: puppeteer's cached URL can lag behind a back/forward restore.
      const p = await current();
      return p.evaluate(() => location.href).catch(() => p.url());
    },
    async run<T>(fn: string, ...args: unknown[]) {
      // A function whose source puppeteer sends as is, calling `fn` with the arguments.
      const call = new Function(`return (${fn}).apply(null, arguments)`) as (...a: unknown[]) => T;
      return (await current()).evaluate(call, ...args) as Promise<T>;
    },
    async clickMarked() {
      await (await marked()).click();
    },
    async typeMarked(text) {
      await (await marked()).type(text);
    },
    async uploadMarked(path) {
      const handle = await marked();
      await (handle as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
