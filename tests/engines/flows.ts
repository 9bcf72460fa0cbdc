// The everyday flows, written once and run in every engine: setup, an entry with a photo,
// "Log again" (and Undo), lock/unlock (wrong passphrase included), reload, Back inside the app, Quick exit and Back, offline reload and
// unlock, a letter, a plan tick, the court packet, backup export, and backup import on a fresh browser.
import { expect } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, click, exists, fill, find, setValue, until, upload, waitStatus, waitText, type Driver } from './driver';
import { pngWithText, sha256 } from '../e2e/journal-helpers';
import { openPacket, packetTools, pdfImages } from '../e2e/packet-helpers';

export const PASSPHRASE = 'orange kettle winter harbour';
export const ENTRY = 'Parked outside my building at night';
export const PHOTO = pngWithText('engine-photo-marker');

export async function createVault(d: Driver, url: string): Promise<void> {
  await d.goto(url);
  await click(d, 'button', /continue/i);
  await fill(d, 'New passphrase', PASSPHRASE);
  await fill(d, 'Repeat passphrase', PASSPHRASE);
  await click(d, 'button', 'Create');
  // The optional disguise step after setup, skipped in one tap.
  await click(d, 'button', 'Skip for now', { timeout: 60_000 });
  await find(d, 'button', 'Journal', { css: 'nav', timeout: 60_000 });
}

export async function nav(d: Driver, name: string): Promise<void> {
  await click(d, 'button', name, { css: 'nav' });
}

export async function unlock(d: Driver, passphrase = PASSPHRASE): Promise<void> {
  await fill(d, 'Passphrase', passphrase);
  await click(d, 'button', 'Unlock');
}

export async function unlockToJournal(d: Driver): Promise<void> {
  await unlock(d);
  await find(d, 'button', 'New entry', { timeout: 30_000 });
}

/** Closes the quiet banners (storage state, offline ready) so they cover nothing. */
export async function dismissNotices(d: Driver): Promise<void> {
  await d.run(`() => { for (const b of document.querySelectorAll('.notices button.secondary')) b.click(); }`);
}

/** A new entry through the form with one file, saved; ends on the list, the entry in it. */
export async function writeEntryWithFile(d: Driver, what: string, channel: string, path: string): Promise<void> {
  await click(d, 'button', 'New entry');
  await fill(d, 'What happened', what);
  await click(d, 'checkbox', channel);
  await upload(d, 'Add evidence', path);
  await waitText(d, '1 file added.', 60_000);
  await click(d, 'button', 'Save');
  await waitText(d, 'Saved.');
  await find(d, 'button', new RegExp(what));
}

export async function writeEntryWithPhoto(d: Driver, dir: string): Promise<void> {
  const photo = join(dir, 'car.png');
  writeFileSync(photo, PHOTO);
  // A way of contact: the list then offers "Log again" for it.
  await writeEntryWithFile(d, ENTRY, 'Phone call', photo);
}

const rows = (d: Driver) => d.run<number>(`() => document.querySelectorAll('.entry-row').length`);

/** "Log again" from the list adds one more contact now; Undo takes it back. */
export async function logAgainAndUndo(d: Driver): Promise<void> {
  const before = await rows(d);
  await click(d, 'button', 'Log again: Phone call');
  await waitStatus(d, 'Recorded one more');
  await until('one more row', async () => (await rows(d)) === before + 1);
  await click(d, 'button', 'Undo');
  await waitText(d, 'That entry was taken back.');
  await until('the row taken back', async () => (await rows(d)) === before);
}

/** The raw chunk rows (database 'store', store 'b'): bytes, never Blobs (stored Blobs crashed iOS 18.4). */
/**
 * The everyday sequence both engines run first: an entry with a photo (stored as bytes), a wrong
 * passphrase refused, unlock, reload with the photo intact, a letter and a plan tick.
 */
export async function everyday(d: Driver, dir: string): Promise<void> {
  await writeEntryWithPhoto(d, dir);
  await logAgainAndUndo(d);
  expect(await chunkKinds(d)).toEqual(['Uint8Array']);
  await click(d, 'button', 'Lock');
  await unlock(d, 'not my passphrase at all');
  await until('the wrong-passphrase message', async () => (await bodyText(d)).includes('That passphrase did not open it.'));
  await unlockToJournal(d);
  await d.reload();
  await unlockToJournal(d);
  await checkPhoto(d);
  await backInsideApp(d);
  await writeLetter(d);
  await tickPlan(d);
}

/** Back online to the app, wait until it works offline, stop the server, reload: it unlocks and
 *  shows the entry and the ticked plan item without a network. */
export async function offlineReload(d: Driver, server: { url: string; stop(): Promise<void> }): Promise<void> {
  await d.goto(server.url);
  await unlockToJournal(d);
  await waitOfflineReady(d);
  await server.stop();
  await d.reload();
  await unlockToJournal(d);
  await find(d, 'button', new RegExp(ENTRY));
  expect(await planTicked(d)).toBe(true);
}

export async function chunkKinds(d: Driver): Promise<string[]> {
  return d.run<string[]>(`async () => {
    const db = await new Promise((ok, no) => { const r = indexedDB.open('store'); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
    const rows = await new Promise((ok) => { const r = db.transaction('b').objectStore('b').getAll(); r.onsuccess = () => ok(r.result); });
    db.close();
    const kind = (v) => v instanceof Blob ? 'Blob' : v instanceof Uint8Array ? 'Uint8Array' : v instanceof ArrayBuffer ? 'ArrayBuffer' : typeof v;
    return rows.length ? [...new Set(rows.map((row) => kind(row.ct)))] : ['no rows'];
  }`);
}

/** Opens the entry and its photo: the stored bytes come back (fingerprint and pixels). */
export async function checkPhoto(d: Driver): Promise<void> {
  await click(d, 'button', new RegExp(ENTRY));
  await waitText(d, sha256(PHOTO));
  await click(d, 'button', 'Open car.png');
  const width = await until('the photo to decode', () => d.run<number>(`() => {
    const img = [...document.querySelectorAll('img')].find((i) => i.alt === 'Evidence: car.png');
    return img && img.complete ? img.naturalWidth : 0;
  }`));
  expect(width).toBe(16);
}

/** The browser's Back inside the app (issue 14): from an entry up to the list, still unlocked, same URL. */
export async function backInsideApp(d: Driver): Promise<void> {
  await nav(d, 'Journal');
  const url = await d.url();
  await click(d, 'button', new RegExp(ENTRY));
  await find(d, 'button', 'Edit');
  // The entry's history entry follows the screen (after any step back the app itself is still
  // taking, which WebKit lands late): Back pressed before it would leave the app, as no thumb can.
  await until("the app's history entry", () => d.run<boolean>(`() => history.state?.daybook === 'up'`));
  await d.back();
  await find(d, 'button', 'New entry');
  expect(await exists(d, 'button', 'Lock')).toBe(true);
  expect(await d.url()).toBe(url);
}

export async function writeLetter(d: Driver): Promise<void> {
  await nav(d, 'Letters');
  await click(d, 'button', 'Short no-contact notice');
  await fill(d, 'To (their name)', 'Alex');
  await fill(d, 'Your name', 'Jordan');
  const preview = () => d.run<string>(`() => document.querySelector('[data-testid=letter-preview]')?.textContent ?? ''`);
  await until('the letter preview to name Alex', async () => (await preview()).startsWith('Alex,'));
  const now = new Date(Date.now() - 3600_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await setValue(d, 'When you sent it', now);
  await setValue(d, 'How you sent it', 'Email');
  await click(d, 'button', 'Mark as sent');
  await waitText(d, 'Marked as sent.');
  await waitText(d, 'Recorded in the journal as a no-contact notice.');
}

export const PLAN_ITEM = 'Agree on a code word with them that means “call for help”.';

export async function tickPlan(d: Driver): Promise<void> {
  await nav(d, 'Safety plan');
  await click(d, 'button', /^My people/);
  await click(d, 'checkbox', PLAN_ITEM);
  await waitStatus(d, 'Saved.');
}

export async function planTicked(d: Driver): Promise<boolean> {
  await nav(d, 'Safety plan');
  await click(d, 'button', /^My people/);
  await find(d, 'checkbox', PLAN_ITEM);
  return d.run<boolean>(`() => document.querySelector('[data-e2e-hit]').checked`);
}

export async function settings(d: Driver): Promise<void> {
  await nav(d, 'Settings');
  await find(d, 'heading', 'Backup, restore and erase');
}

/** Exports through Settings; `saved` returns the file's bytes once the engine has written it. */
export async function exportBackup(d: Driver, saved: () => Promise<Buffer | null>): Promise<Buffer> {
  await settings(d);
  await fill(d, 'Your passphrase', PASSPHRASE, { within: 'Export backup' });
  await click(d, 'button', 'Export backup', { within: 'Export backup' });
  await waitText(d, /Backup saved as/, 60_000);
  const file = (await until('the backup file', saved, 30_000))!;
  // It holds the photo (encrypted): a file no larger is not the whole backup.
  expect(file.length).toBeGreaterThan(PHOTO.length);
  return file;
}

/** The neutral names the app gives its files (a backup, a court packet): how a test tells its downloads apart. */
export const BACKUP_FILE = /^notes-\d{4}-\d{2}-\d{2}\.backup$/;
export const PACKET_FILE = /^documents-\d{4}-\d{2}-\d{2}\.zip$/;

/** The court packet, from the journal's More menu → Export report; `saved` returns the zip's bytes. */
export async function makePacket(d: Driver, saved: () => Promise<Buffer | null>): Promise<Buffer> {
  packetTools(); // before the browser works on it: a missing tool fails at once, saying how to install it
  await nav(d, 'Journal');
  if (!(await exists(d, 'button', 'Export report'))) await click(d, 'button', 'More');
  await click(d, 'button', 'Export report');
  // Enabled once the record is verified and the report's pictures are ready.
  await click(d, 'button', 'Download court packet', { timeout: 60_000 });
  // The packet leaves the device: the passphrase first.
  await passGate(d);
  await waitStatus(d, 'The court packet is ready.', 60_000);
  const zip = (await until('the court packet file', saved, 30_000))!;
  await click(d, 'button', 'Back to the journal');
  return zip;
}

/** The passphrase gate (ui/PassphraseGate.tsx) that opened: the passphrase typed, "Go on". */
export async function passGate(d: Driver): Promise<void> {
  const within = 'Your passphrase, to go on';
  await fill(d, 'Your passphrase', PASSPHRASE, { within });
  await click(d, 'button', 'Go on', { within });
}

/**
 * Checks the packet in node as its reader would (unzip, `sha256sum -c`, pdftotext, pdfimages):
 * the entry's words are in the PDF, and the photo is in it three ways: its original byte for
 * byte, its fingerprint in the report, and its picture drawn on a page.
 */
export function checkPacket(zip: Buffer, dir: string): void {
  const work = mkdtempSync(join(dir, 'packet-'));
  try {
    const zipPath = join(work, 'packet.zip');
    writeFileSync(zipPath, zip);
    const packet = openPacket(zipPath, work);
    expect(packet.names).toEqual(['README.txt', 'SHA256SUMS', 'incidents.csv', 'integrity-history.txt', 'originals', 'report.pdf', 'verify.html']);
    expect(packet.originals).toEqual(['Exhibit-01-car.png']);
    expect(readFileSync(join(packet.out, 'originals', packet.originals[0]!)).equals(PHOTO)).toBe(true);
    expect(packet.text).toContain(ENTRY);
    expect(packet.text).toContain('Exhibit 1: car.png');
    expect(packet.text).toContain(sha256(PHOTO));
    expect(pdfImages(packet)).toContainEqual({ width: 16, height: 16 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function importBackup(d: Driver, path: string): Promise<void> {
  await settings(d);
  await upload(d, 'Backup file', path, { within: 'Import backup' });
  await fill(d, 'Passphrase of the backup', PASSPHRASE, { within: 'Import backup' });
  // Merge and replace change the record: this vault's own passphrase is asked again.
  await fill(d, 'Your passphrase', PASSPHRASE, { within: 'Import backup' });
  if (await exists(d, 'radio', /^Merge:/)) await click(d, 'radio', /^Merge:/);
  await click(d, 'button', 'Import backup', { within: 'Import backup' });
  await click(d, 'button', 'Confirm import', { timeout: 60_000 });
}

/** The service worker controls the page (so a reload works with the server gone). */
export async function waitOfflineReady(d: Driver): Promise<void> {
  await until('the service worker to control the page', () => d.run<boolean>(`async () => {
    const reg = await navigator.serviceWorker.ready;
    return Boolean(reg.active && navigator.serviceWorker.controller);
  }`), 30_000);
}

/** From a neutral page into the app, unlock, open an entry, Quick exit, Back: the page before, never the app. */
export async function quickExitAndBack(d: Driver, appUrl: string, startUrl: string): Promise<void> {
  await d.goto(startUrl);
  await d.goto(appUrl);
  await unlockToJournal(d);
  // From a sub-screen, which holds the app's one extra history entry: the exit unwinds it.
  await click(d, 'button', new RegExp(ENTRY));
  await find(d, 'button', 'Edit');
  await click(d, 'link', 'Quick exit');
  // It lands on the app's own neutral page (issue 14): any address but the app's.
  await until('the page to leave the app', async () => (await d.url().catch(() => appUrl)) !== appUrl);
  await d.back();
  await until('Back to reach the page before the app', async () => (await d.url()) === startUrl);
  expect(await bodyText(d)).toContain('neutral start page');
}

/**
 * Unlocked, an ordinary navigation away, then Back: the page may come back from the
 * back/forward cache, and must show at most the lock screen (and not hang).
 */
export async function leaveAndBack(d: Driver, appUrl: string, otherUrl: string): Promise<void> {
  await find(d, 'button', new RegExp(ENTRY));
  await d.goto(otherUrl);
  await waitText(d, 'neutral start page');
  await d.back();
  await until('the app to be back', async () => (await d.url()).startsWith(appUrl));
  await find(d, 'field', 'Passphrase', { timeout: 30_000 });
  expect(await bodyText(d)).not.toContain(ENTRY);
}

/**
 * WebKitGTK under automation saves no downloads, so the file the app hands to the browser
 * (a blob: URL on a download link) is kept in the page and read back from there.
 */
export async function keepDownloads(d: Driver): Promise<void> {
  await d.run(`() => {
    const create = URL.createObjectURL;
    window.e2eBlobs = [];
    URL.createObjectURL = (blob) => { window.e2eBlobs.push(blob); return create.call(URL, blob); };
  }`);
}

/** The last file handed over (under a name matching `name`, when given). */
export function keptDownload(d: Driver, name?: RegExp): () => Promise<Buffer | null> {
  return async () => {
    const base64 = await d.run<string | null>(`async (source, flags) => {
      const named = (b) => source === null || (typeof b.name === 'string' && new RegExp(source, flags).test(b.name));
      const blob = (window.e2eBlobs || []).filter((b) => b.size > 0 && named(b)).at(-1);
      if (!blob) return null;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    }`, name?.source ?? null, name?.flags ?? '');
    return base64 ? Buffer.from(base64, 'base64') : null;
  };
}
