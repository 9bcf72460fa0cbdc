// Shared by the exit and disguise browser tests: a fake neutral site (no request leaves the
// machine), an in-page probe of what the exit did in its own task, and the tab's history.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, launch, type Session } from './harness';
import { findChromium } from './chromium';

export const WEATHER = 'https://weather.com/';
export const SCREEN_NAMES = /journal|letters|safety plan|resources|settings|daybook.*(screen|entry)|diario|cartas|ajustes/i;

/**
 * The person's chosen exit site, set before the app's first script (as Settings keeps it once she
 * confirmed it with her passphrase).
 * Quick exit lands on the app's neutral page, which moves on to it once it answers.
 */
export async function chooseExitSite(context: BrowserContext, url: string): Promise<void> {
  await context.addInitScript((site) => {
    if (location.protocol === 'http:' && !localStorage.getItem('prefs')) localStorage.setItem('prefs', JSON.stringify({ exitUrl: site, exitConfirmed: site }));
  }, url);
}

/** A fresh session whose neutral sites (and start page) answer from memory. */
export async function launchWithNeutralSites(): Promise<Session> {
  const session = await launch();
  await routeNeutralSites(session.context);
  return session;
}

/** Serves the neutral destinations (and a start page) from memory. */
export async function routeNeutralSites(context: BrowserContext): Promise<void> {
  await context.route('https://weather.com/**', (r) => r.fulfill({ body: '<title>Weather</title>weather', contentType: 'text/html' }));
  await context.route('https://news.example.org/**', (r) => r.fulfill({ body: '<title>News</title>news', contentType: 'text/html' }));
  await context.route('https://start.example.org/**', (r) => r.fulfill({ body: '<title>Search</title>start', contentType: 'text/html' }));
}

export interface ExitProbe {
  /** Body hidden (computed style, so the next frame paints nothing) in the same task. */
  hidden: boolean;
  /** Any element of the app still laid out (would be painted). */
  contentRendered: boolean;
  title: string;
  /** Vault workers terminated so far (the lock hook kills the worker with the keys). */
  terminated: number;
  /** performance.now() of the trigger, and the typing history (for the draft test). */
  at: number;
  inputs: Array<[number, number]>;
}

/**
 * Before any page script: counts Worker.terminate calls, records typing, and — in the same
 * task as the exit, right after the control's own handlers — reports what the page looks like.
 */
export async function installExitProbe(session: Session): Promise<ExitProbe[]> {
  const probes: ExitProbe[] = [];
  session.page.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith('exit-probe ')) probes.push(JSON.parse(text.slice(11)) as ExitProbe);
  });
  await session.context.addInitScript(() => {
    const w = window as unknown as { __terminated: number; __inputs: Array<[number, number]> };
    w.__terminated = 0;
    w.__inputs = [];
    const terminate = Worker.prototype.terminate;
    Worker.prototype.terminate = function (this: Worker) {
      w.__terminated += 1;
      console.log(`worker-terminated ${performance.now()}`);
      return terminate.call(this);
    };
    addEventListener('input', (e) => {
      const target = e.target as HTMLTextAreaElement;
      if (typeof target.value === 'string') w.__inputs.push([performance.now(), target.value.length]);
    }, true);
    const report = () => {
      if (!document.documentElement.classList.contains('exiting')) return;
      console.log('exit-probe ' + JSON.stringify({
        hidden: getComputedStyle(document.body).display === 'none',
        contentRendered: [...document.querySelectorAll('#app *')].some((el) => el.getClientRects().length > 0),
        title: document.title,
        terminated: w.__terminated,
        at: performance.now(),
        inputs: w.__inputs,
      }));
    };
    // Bubble phase on window: runs after the Quick exit link's and the shortcuts' handlers.
    for (const type of ['pointerdown', 'click', 'keydown', 'keyup']) addEventListener(type, report);
  });
  return probes;
}

/**
 * When (performance.now()) the page terminated a worker, with installExitProbe in place. An
 * unlocked vault's worker ends a little after the exit's own task: it first finishes the last
 * draft write, for at most LAST_WRITE_MS (issue 14).
 */
export function watchWorkerEnds(session: Session): number[] {
  const ends: number[] = [];
  session.page.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith('worker-terminated ')) ends.push(Number(text.slice(18)));
  });
  return ends;
}

/** The tab's back/forward list as the browser keeps it (URLs and titles). */
export async function tabHistory(page: Page): Promise<Array<{ url: string; title: string }>> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: Array<{ url: string; title: string }> };
  await cdp.detach();
  return entries.map(({ url, title }) => ({ url, title }));
}

/** Where the Quick exit control is, and whether it is the element actually hit at its centre. */
export async function exitControlState(page: Page) {
  return page.evaluate(() => {
    const link = document.getElementById('quick-exit')!;
    const box = link.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      width: box.width, height: box.height, top: box.top, bottom: box.bottom,
      inViewport: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
      onTop: hit === link || link.contains(hit),
    };
  });
}

/**
 * Like harness.launch, but with the back/forward cache on: Playwright turns it off by
 * default (--disable-back-forward-cache), and the page's pagehide/pageshow guard is only
 * exercised with it.
 */
export async function launchWithBackForwardCache(): Promise<Session> {
  const baseURL = inject('baseURL');
  const profileDir = mkdtempSync(join(tmpdir(), 'e2e-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS, locale: 'en-US',
    viewport: { width: 390, height: 844 }, baseURL, ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context, page, profileDir, baseURL, requests: [], errors: [],
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
