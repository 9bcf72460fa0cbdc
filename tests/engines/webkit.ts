// WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver driving MiniBrowser) through
// webdriverio over classic WebDriver, under Xvfb when there is no display.
import { remote } from 'webdriverio';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { until, type Driver } from './driver';

const INSTALL = 'Install it (Debian: `sudo apt-get install -y webkit2gtk-driver xvfb`). These tests never skip.';

function findMiniBrowser(): string {
  const fromEnv = process.env.MINIBROWSER_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    if (!existsSync(lib)) continue;
    for (const dir of readdirSync(lib).filter((d) => d.startsWith('webkit2gtk-') || d.startsWith('webkitgtk-')).sort().reverse()) {
      if (existsSync(join(lib, dir, 'MiniBrowser'))) return join(lib, dir, 'MiniBrowser');
    }
  }
  throw new Error(`No WebKitGTK MiniBrowser found for the WebKit browser tests. ${INSTALL}`);
}

export function findWebKit(): { driver: string; browser: string } {
  const driver = ['/usr/bin/WebKitWebDriver'].find((p) => existsSync(p));
  if (!driver) throw new Error(`No WebKitWebDriver found for the WebKit browser tests. ${INSTALL}`);
  const browser = findMiniBrowser();
  if (!process.env.DISPLAY && !existsSync('/usr/bin/Xvfb')) throw new Error(`No display and no Xvfb for the WebKit browser tests. ${INSTALL}`);
  return { driver, browser };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Xvfb (if needed) and one WebKitWebDriver for a test file; sessions come and go on it. */
export interface WebKitHost {
  port: number;
  browser: string;
  /** The browser's HOME: downloads land in its Downloads folder. */
  home: string;
  /** The X display the browser draws on (Xvfb's when there was none). */
  display: string;
  /** Resolves once the last session's browser processes are gone (at most 15 s). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** How many processes are in a process group (pgrep exits 1 when none). */
function groupSize(pgid: number): number {
  try {
    return execFileSync('pgrep', ['-g', String(pgid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

export async function startWebKitHost(): Promise<WebKitHost> {
  const { driver, browser } = findWebKit();
  const children: ChildProcess[] = [];
  const env: NodeJS.ProcessEnv & { HOME: string } = { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'engine-webkit-home-')) };
  if (!env.DISPLAY) {
    // -displayfd: Xvfb picks a free display and writes its number, so parallel runs never collide.
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    children.push(xvfb);
    const display = await new Promise<string>((resolve, reject) => {
      xvfb.stdout!.once('data', (data: Buffer) => resolve(data.toString().trim()));
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    });
    env.DISPLAY = `:${display}`;
  }
  const port = await freePort();
  // Its own process group, so stopping it also ends the MiniBrowser it started.
  const wd = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env, detached: true });
  children.push(wd);
  // Ready once it answers /status.
  const end = Date.now() + 10_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > end) throw new Error('WebKitWebDriver did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port, browser, home: env.HOME, display: env.DISPLAY,
    async idle() {
      // The driver's group holds it and the MiniBrowser (with WebKit's own processes) of the
      // session it runs. The last session's processes were still there 0.8-1.5 s after it was
      // deleted, and a new session asked for meanwhile hung until the request's timeout (twice in
      // a few runs): wait for the group to be the driver alone.
      for (const end = Date.now() + 15_000; wd.pid && groupSize(wd.pid) > 1 && Date.now() < end;) {
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      for (const child of children.reverse()) {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill();
        }
      }
      rmSync(env.HOME, { recursive: true, force: true });
    },
  };
}

export type WebKitDriver = Driver & { browser: WebdriverIO.Browser };

export async function launchWebKit(host: WebKitHost): Promise<WebKitDriver> {
  await host.idle();
  const browser = await remote({
    hostname: '127.0.0.1', port: host.port, path: '/', logLevel: 'error',
    connectionRetryCount: 0,
    // No command of these flows takes more than a few seconds; a session start that hangs (seen
    // once in npm test, right after the previous test's session) then fails in 60 s, not
    // webdriver's default 120 s, and the test's retry starts sooner.
    connectionRetryTimeout: 60_000,
    capabilities: {
      // WebKitGTK's driver speaks classic WebDriver only (no BiDi).
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: host.browser, args: ['--automation'] },
    } as WebdriverIO.Capabilities,
  });
  await browser.setWindowSize(390, 844).catch(() => undefined);
  const marked = () => browser.$('[data-e2e-hit]');
  return {
    engine: 'webkit', browser, errors: [],
    async goto(url) {
      // MiniBrowser's first navigation, under load, now and then never leaves about:blank (about
      // one run in a few in CI): asked again, it goes. Any other address means it went.
      for (let attempt = 1; attempt <= 3; attempt++) {
        await browser.url(url);
        const left = await until('the page to leave about:blank', async () => (await browser.getUrl()) !== 'about:blank', 5000).catch(() => false);
        if (left) return;
      }
      throw new Error(`WebKit stayed on about:blank after being sent to ${url} three times`);
    },
    async reload() {
      await browser.refresh();
    },
    async back() {
      await browser.back();
    },
    async url() {
      return browser.getUrl();
    },
    async run<T>(fn: string, ...args: unknown[]) {
      return browser.execute(`return (${fn}).apply(null, arguments)`, ...args) as Promise<T>;
    },
    async clickMarked() {
      await (await marked()).click();
    },
    async typeMarked(text) {
      await (await marked()).addValue(text);
    },
    async uploadMarked(path) {
      const el = await marked();
      // Local driver: the path itself is the file (no upload through the remote end).
      await browser.elementSendKeys(await el.elementId, path);
    },
    async close() {
      // A hung page can leave the session unanswered: give up on it after a while.
      await Promise.race([browser.deleteSession().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
    },
  };
}
