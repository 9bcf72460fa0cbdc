// Browser test harness: a fresh Chromium profile per test, request tracking, common flows.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { createRequire } from 'node:module';
import { findChromium } from './chromium';

export const PASSPHRASE = 'orange kettle winter harbour';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** The profile folder, for a `persistent` session (or one given a `profileDir`); otherwise empty. */
  profileDir: string;
  baseURL: string;
  /** Every URL requested by any page or worker in this session. */
  requests: string[];
  /** Console errors and uncaught exceptions (CSP and Trusted Types violations show here). */
  errors: string[];
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * One Chromium per test file, a fresh context (its own storage, service worker and cache) per
 * test: a browser launch costs about a second of the CI machine's two cores, a context half that.
 * A test that reads the profile on disk, or opens it again, asks for `persistent` (or passes a
 * `profileDir`) and gets a browser of its own on a profile folder.
 */
let shared: Promise<Browser> | undefined;
afterAll(async () => {
  const browser = await shared?.catch(() => undefined);
  shared = undefined;
  await browser?.close();
});

/** `touch`: a phone's touch screen (coarse pointer, no hover), as at 390×844 on Android. */
export async function launch(options: { locale?: string; profileDir?: string; persistent?: boolean; javaScriptEnabled?: boolean; touch?: boolean; baseURL?: string } = {}): Promise<Session> {
  // Another build's server (the pseudo-locale walk's dist-pseudo/), else the suite's.
  const baseURL = options.baseURL ?? inject('baseURL');
  const contextOptions = {
    locale: options.locale ?? 'en-US',
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    baseURL,
  };
  const onDisk = options.persistent || options.profileDir !== undefined;
  const profileDir = onDisk ? options.profileDir ?? mkdtempSync(join(tmpdir(), 'e2e-profile-')) : '';
  let context: BrowserContext;
  if (onDisk) {
    context = await chromium.launchPersistentContext(profileDir, { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS, ...contextOptions });
  } else {
    shared ??= chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
    context = await (await shared).newContext(contextOptions);
  }
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    context, page, profileDir, baseURL, requests, errors,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (profileDir && !keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Requests that left the app's origin (data: and blob: URLs stay on the device). */
export function foreignRequests(session: Session): string[] {
  const origin = new URL(session.baseURL).origin;
  return session.requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('./');
}

/** First run: safety screen, then create the vault. Ends unlocked on the journal. */
/** `restore`: tick "I have a backup file…" on the setup screen (it ends on "Restore a backup"). */
export async function createVault(page: Page, passphrase = PASSPHRASE, { restore = false } = {}): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: /continue|continuar/i }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(passphrase);
  if (restore) await page.getByLabel(/I have a backup file/).check();
  await page.getByRole('button', { name: 'Create' }).click();
  // Restoring goes straight to the backup; otherwise the optional disguise step comes first.
  if (!restore) await skipDisguiseStep(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).waitFor();
}

/** The optional step after setup (the look, the duress passphrase), skipped in one tap, in either language. */
export async function skipDisguiseStep(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Skip for now|Omitir por ahora)$/ }).click();
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).waitFor();
}

export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return Boolean(reg.active && navigator.serviceWorker.controller);
  }, undefined, { timeout: 30_000 });
}

/** Every file under a directory, recursively. */
function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Searches every file of a (closed) browser profile for markers, as UTF-8 and UTF-16LE bytes. */
export function scanProfile(profileDir: string, markers: string[]): Array<{ marker: string; file: string }> {
  const needles = markers.flatMap((marker) => [
    { marker, bytes: Buffer.from(marker, 'utf8') },
    { marker, bytes: Buffer.from(marker, 'utf16le') },
  ]);
  const hits: Array<{ marker: string; file: string }> = [];
  for (const file of walk(profileDir)) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      continue;
    }
    for (const { marker, bytes } of needles) if (content.includes(bytes)) hits.push({ marker, file });
  }
  return hits;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's WCAG 2.2 AA (and best-practice) violations on the page or part of it. */
export async function axeViolations(page: Page, selector = 'html'): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async ({ sel, tags }) => {
    const axe = (window as unknown as { axe: { run(ctx: string, opts: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    return axe.run(sel, { runOnly: { type: 'tag', values: tags } });
  }, { sel: selector, tags: AXE_TAGS });
  // The rule and where (the first few nodes), so a failure says what to fix.
  return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}

/** The language choice lives in Settings (issue 14): opens Settings, in whichever language, and picks one. */
export async function chooseLanguage(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: /^(Settings|Ajustes)$/ }).click();
  await page.locator('.lang-switch select').selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}
