// Bench harness: serves dist/ (the app) and dist-bench/ (seeding page) on one origin and
// launches fresh Chromium profiles.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../scripts/serve.mjs';

export const PASSPHRASE = 'orange kettle winter harbour';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function findChromium() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install it (`sudo apt-get install chromium`) or set CHROMIUM_PATH.');
  return found;
}

export async function startBenchServer() {
  const dir = process.env.OUT_DIR ?? 'dist';
  const server = await startServer(0, resolve(dir), { '/bench/': resolve(`${dir}-bench`) });
  const baseURL = `http://127.0.0.1:${server.address().port}/`;
  return { server, baseURL, benchURL: `${baseURL}bench/page.html` };
}

/** `profileDir`: open a profile kept by an earlier close({ keepProfile: true }). */
export async function launch({ locale = 'en-US', viewport = { width: 390, height: 844 }, profileDir = mkdtempSync(join(tmpdir(), 'bench-profile-')) } = {}) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(), headless: true, args: ARGS, locale, viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context, page, profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A bench's size or run count: the full figure, or the small one under --smoke (each bench reads it as ctx.sized). */
export const sized = (smoke, full, small) => (smoke ? small : full);

/**
 * Brings a journal tool's button ("Export report", "Patterns", "The person") into view: since the
 * phone shell (issue 14) they sit behind the journal's "More". Not timed: benches time the tool itself.
 */
export async function showJournalTool(page, name) {
  const tool = page.getByRole('button', { name, exact: true });
  if (!(await tool.isVisible())) await page.getByRole('button', { name: 'More', exact: true }).click();
  await tool.waitFor();
  return tool;
}

/**
 * Opens the app once and waits for its service worker, as on a phone where it is installed: a
 * bench that times unlock through the app would otherwise time its first one against the worker's
 * install (every file precached at once), which a person meets once, not at each unlock. In a tab
 * of its own, so `page` stays where it is (the bench page, say: the worker would now answer a
 * navigation to it with the app).
 */
export async function installApp(page, baseURL) {
  const tab = await page.context().newPage();
  await tab.goto(baseURL);
  await waitForServiceWorker(tab);
  await tab.close();
}

/**
 * Until the app's service worker controls the page (offline loads need it). Not an async
 * predicate: waitForFunction would take its promise as true at once.
 */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 30_000 });
}

/**
 * Runs in the page (page.evaluate(keepExportedBackup, name)) right after backup.export, whose File
 * window[name] holds: where OPFS is there (Chromium), that File is the worker's copy on disk
 * (src/vault/backup/copy.ts's file.tmp), which goes when the vault is erased. Moved aside (a
 * rename, no bytes copied), it survives an erase, so it can be imported into a fresh vault.
 * Returns whether the File came from disk.
 */
export async function keepExportedBackup(name) {
  const file = window[name];
  const dir = await navigator.storage?.getDirectory?.();
  const copy = dir && (await dir.getFileHandle('file.tmp').catch(() => null));
  const fromDisk = Boolean(copy) && (await copy.getFile()).size === file.size;
  if (fromDisk) {
    const kept = `${name}.backup`;
    await copy.move(kept);
    window[name] = await (await dir.getFileHandle(kept)).getFile();
  }
  return fromDisk;
}

/**
 * Clicks what leaves the device (the packet, a report download), then fills the passphrase gate
 * (issue 22) that opens; returns its "Go on" button, so a bench times from that tap.
 */
export async function throughGate(page, open, passphrase = PASSPHRASE) {
  await open();
  const gate = page.getByRole('group', { name: 'Your passphrase, to go on' });
  await gate.getByLabel('Your passphrase', { exact: true }).fill(passphrase);
  return gate.getByRole('button', { name: 'Go on' });
}

/** Opens a journal tool as a person does: "More", then the tool. */
export async function openJournalTool(page, name) {
  await (await showJournalTool(page, name)).click();
}

/**
 * Runs in the page before its own scripts (page.addInitScript(watchFieldReady, id)): records in
 * window.__fieldReady the time (since navigation start) at which the enabled input `id` is in
 * the document and the frame showing it has been produced.
 */
export function watchFieldReady(id) {
  const ready = () => {
    const field = document.getElementById(id);
    return field instanceof HTMLInputElement && !field.disabled;
  };
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__fieldReady = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}
