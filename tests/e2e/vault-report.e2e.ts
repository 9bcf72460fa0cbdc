// The unlock report in the real app: failed tries while locked, and a record deleted from the
// storage behind the app's back, each said in plain words at the next unlock, until noted.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { PASSPHRASE, axeViolations, createVault, launch, openApp, unlock, type Session } from './harness';
import { dismissNotices, writeEntry } from './journal-helpers';
import { openSettings, tryEnded, tryFront } from './front-helpers';
import { passGate } from './gate-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type RawOp = { op: 'keys'; store: 'r' } | { op: 'get'; store: 'h'; key: string } | { op: 'put'; store: 'h'; value: unknown } | { op: 'delete'; store: 'r' | 'h'; key: string };

/** One raw IndexedDB request on the vault's database, as someone with the storage would make it. */
const raw = <T = unknown>(page: Page, request: RawOp) => page.evaluate((req) => new Promise<unknown>((resolve, reject) => {
  const open = indexedDB.open('store');
  open.onsuccess = () => {
    const tx = open.result.transaction(req.store, req.op === 'put' || req.op === 'delete' ? 'readwrite' : 'readonly');
    const store = tx.objectStore(req.store);
    const r = req.op === 'keys' ? store.getAllKeys() : req.op === 'get' ? store.get(req.key) : req.op === 'put' ? store.put(req.value) : store.delete(req.key);
    tx.oncomplete = () => {
      open.result.close();
      resolve(r.result);
    };
    tx.onerror = () => reject(tx.error);
  };
}), request) as Promise<T>;

const rowIds = (page: Page) => raw<string[]>(page, { op: 'keys', store: 'r' });

async function lockAndTry(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

describe('the unlock report', () => {
  it('says how many tries failed while locked, once', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    for (const guess of ['our anniversary 2019', 'the dog is called max']) {
      await lockAndTry(page, guess);
      await page.getByRole('alert').filter({ hasText: 'did not open' }).waitFor();
    }
    await unlock(page);
    const report = page.getByRole('status').filter({ hasText: 'Since you last opened it' });
    await report.getByText(/^2 failed attempts to open it since you last opened it, the last on /).waitFor();
    // Each try with its time.
    expect(await report.getByRole('list', { name: 'When they were made:' }).getByRole('listitem').count()).toBe(2);
    expect(await axeViolations(page, '.card')).toEqual([]);
    await page.getByRole('button', { name: 'I have noted this' }).click();
    expect(await report.count()).toBe(0);
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    await page.getByRole('button', { name: 'New entry' }).waitFor();
    expect(await page.getByText('Since you last opened it').count()).toBe(0);
  });

  it('reports a journal entry deleted from the storage, by kind, until the person notes it', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Waited by the car park' });
    const before = new Set(await rowIds(page));
    await writeEntry(page, { what: 'Called from a new number' });
    const added = (await rowIds(page)).filter((id) => !before.has(id));
    // Only the new record's row is new: the index rows are rewritten in place.
    expect(added).toHaveLength(1);
    await page.getByRole('button', { name: 'Lock' }).click();
    await raw(page, { op: 'delete', store: 'r', key: added[0]! });
    await unlock(page);
    const report = page.getByRole('alert').filter({ hasText: 'Since you last opened it' });
    await report.getByText('Missing: 1 journal entries or amendments. They were saved, and are no longer on this device.').waitFor();
    await report.getByText(/a backup made earlier may still hold what is missing/).waitFor();
    // Something is gone: the report must not end by saying nothing was (issue 22).
    expect(await report.getByText(/Nothing was deleted/).count()).toBe(0);
    // Still reported after another lock: nothing is accepted silently.
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    await report.waitFor();
    // It says what it checked, and what it cannot see.
    await report.getByText(/A whole-storage rollback cannot be seen here/).waitFor();
    await page.getByRole('button', { name: 'I have noted this' }).click();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    await page.getByRole('button', { name: /Waited by the car park/ }).waitFor();
    expect(await page.getByText('Since you last opened it').count()).toBe(0);
    // Noted, not forgotten: the report stays in a history she can open (issue 22).
    await page.getByText('Reports you noted', { exact: true }).click();
    const history = page.locator('details.integrity-history').first();
    await history.getByText('Missing: 1 journal entries or amendments. They were saved, and are no longer on this device.').waitFor();
    expect(await history.getByText(/^Noted /).count()).toBe(1);
    expect(session.errors).toEqual([]);
  });

  it('an old copy of the header put back after a passphrase change opens nothing written since', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Written before the change' });
    // The ex copies the header row (about 200 bytes) while they still know the passphrase.
    const header = await raw(page, { op: 'get', store: 'h', key: 'main' });
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    await page.getByLabel('New passphrase', { exact: true }).fill('violet harbour lantern ninety quilt');
    await page.getByLabel('Repeat new passphrase').fill('violet harbour lantern ninety quilt');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Passphrase changed.').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await writeEntry(page, { what: 'Written after the change' });
    await page.getByRole('button', { name: 'Lock' }).click();
    await raw(page, { op: 'put', store: 'h', value: header });
    await unlock(page, PASSPHRASE);
    // The old key opens none of today's rows: nothing is shown, and the app says rows cannot be read.
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    expect(await page.getByRole('button', { name: /Written after the change/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Written before the change/ }).count()).toBe(0);
  });

  it('slows guessing after five wrong tries: even the right passphrase then waits', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page, PASSPHRASE);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    for (let i = 0; i < 5; i++) {
      await lockAndTry(page, `guess number ${i}`);
      await page.getByRole('alert').filter({ hasText: 'did not open' }).waitFor();
    }
    await lockAndTry(page, PASSPHRASE);
    await page.getByRole('alert').filter({ hasText: /^Too many wrong tries\. You can try again at / }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    // A reload does not hide it: the lock screen says so before anything is typed.
    await page.reload();
    await page.getByRole('alert').filter({ hasText: /^Too many wrong tries\. You can try again at / }).waitFor();
  });

  it('a journal written by the previous version (format v1) opens, upgraded, with everything in it', async () => {
    session = await launch();
    const { page } = session;
    await openApp(page);
    await page.getByRole('button', { name: /continue/i }).waitFor();
    // The database exactly as the v1 code left it (tests/fixtures, written by commit 9aad3d1).
    const fixture = readFileSync('tests/fixtures/v1-vault.json', 'utf8');
    const passphrase = (JSON.parse(fixture) as { passphrase: string }).passphrase;
    await page.evaluate((text) => new Promise<void>((resolve, reject) => {
      const data = JSON.parse(text, (_k, v) => (v && typeof v === 'object' && '$b64' in v ? Uint8Array.from(atob(v.$b64), (c) => c.charCodeAt(0)) : v));
      const open = indexedDB.open('store', 1);
      open.onupgradeneeded = () => {
        for (const name of ['h', 'r', 'b']) open.result.createObjectStore(name, { keyPath: 'id' });
      };
      open.onsuccess = () => {
        const tx = open.result.transaction(['h', 'r', 'b'], 'readwrite');
        for (const name of ['h', 'r', 'b']) for (const row of data[name]) tx.objectStore(name).put(row);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    }), fixture);
    await page.reload();
    await unlock(page, passphrase);
    await page.getByRole('status').filter({ hasText: 'Your notes were moved to a newer, safer storage format.' }).waitFor();
    for (const what of ['Called four times before work.', 'Texts and a message on the old account.', 'Waited outside the building at 18:10.']) {
      await page.getByRole('button', { name: new RegExp(what.replace(/[.]/g, '\\.')) }).waitFor();
    }
    // Stored as v2 now: no row under a fixed id, and the next unlock has nothing to report.
    expect((await rowIds(page)).includes('settings')).toBe(false);
    await page.getByRole('button', { name: 'I have noted this' }).click();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page, passphrase);
    await page.getByRole('button', { name: /Called four times before work/ }).waitFor();
    expect(await page.getByText('Since you last opened it').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});

describe('under the Notes disguise, a search is only a search', () => {
  it('short searches are never tried; passphrase-length misses are counted, wait silently and are reported with their times', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await openSettings(page);
    await page.getByRole('radio', { name: 'Notes', exact: true }).check();
    await passGate(page);
    await page.waitForFunction(async () => (await (await (await caches.open('prefs')).match('prefs.json'))?.json())?.disguise === 'notes');
    await page.getByRole('button', { name: 'Lock' }).click();
    const search = page.getByRole('searchbox', { name: 'Search' });
    const status = page.locator('.front-quiet[role="status"]');

    // Eight ordinary searches of 1 to 9 characters: each finds nothing, none is a try.
    for (const text of ['a', 'tea', 'milk', 'bread', 'dentist', 'call mum', 'shopping', 'groceries']) {
      await search.fill(text);
      await search.press('Enter');
      await status.filter({ hasText: /^No results$/ }).waitFor();
    }
    expect(await raw(page, { op: 'get', store: 'h', key: 'log' })).toMatchObject({ boxes: [] });
    // The real passphrase at once: in, with no wait and nothing to report.
    await tryFront(page, 'Search', PASSPHRASE);
    await page.getByRole('navigation').waitFor();
    expect(await page.getByText(/failed attempt/).count()).toBe(0);

    // Six passphrase-length wrong tries: five counted, then the wait; the sixth, in the wait, looks like any miss.
    await page.getByRole('button', { name: 'Lock' }).click();
    for (let i = 1; i <= 6; i++) {
      await tryFront(page, 'Search', `summer holiday plans ${i}`);
      await tryEnded(page);
      await status.filter({ hasText: /^No results$/ }).waitFor();
    }
    const log = await raw<{ until: number; boxes: unknown[] }>(page, { op: 'get', store: 'h', key: 'log' });
    expect(log.until).toBeGreaterThan(0);
    expect(log.boxes).toHaveLength(6);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(/later|wait|attempt|not available|passphrase/i);
    // The wait is over (the clock moved on, a minute later).
    await raw(page, { op: 'put', store: 'h', value: { ...log, until: log.until - 60_000 } });
    await tryFront(page, 'Search', PASSPHRASE);
    const report = page.getByRole('status').filter({ hasText: 'Since you last opened it' });
    await report.getByText(/^6 failed attempts to open it since you last opened it, the last on /).waitFor();
    expect(await report.getByRole('list', { name: 'When they were made:' }).getByRole('listitem').count()).toBe(6);
    expect(session.errors).toEqual([]);
  });
});
