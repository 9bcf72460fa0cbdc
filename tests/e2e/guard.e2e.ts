// The unlocked minute, tried as the ex would (issue 22): nothing leaves (packet, CSV) and no guard
// weakens (Quick exit's destination, auto-lock, lock-on-hide) without the passphrase; guessing
// in a "Your passphrase" field shares the lock screen's wait and is reported; a deleted attempt
// log is reported; Quick exit contacts only a site confirmed with the passphrase; and a duress
// passphrase changed inside the decoy is told to the owner. One browser, one vault, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSPHRASE, createVault, launch, unlock, waitForServiceWorker, type Session } from './harness';
import { dismissNotices, journalTool, writeEntry } from './journal-helpers';
import { gateOf, passGate } from './gate-helpers';

const DURESS = 'grocery list tuesday';
const HIS_SITE = 'https://ex-watches.example.net/';

let session: Session;
let page: Page;
/** Downloads started in this session: a refused export must not add one. */
let downloads = 0;

beforeAll(async () => {
  session = await launch();
  page = session.page;
  page.on('download', () => void downloads++);
  await session.context.route(`${HIS_SITE}**`, (r) => r.fulfill({ body: '<title>Site</title>site', contentType: 'text/html' }));
  await createVault(page);
  await dismissNotices(page);
  await writeEntry(page, { what: 'Waited by the car park' });
}, 120_000);
afterAll(() => session?.close());

/** One raw request on the vault's header store, as someone with the storage would make it. */
const headerRow = (op: 'get' | 'delete' | 'put', key = 'log', value?: unknown) => page.evaluate(({ op, key, value }) => new Promise<unknown>((resolve, reject) => {
  const open = indexedDB.open('store');
  open.onsuccess = () => {
    const tx = open.result.transaction('h', op === 'get' ? 'readonly' : 'readwrite');
    const r = op === 'get' ? tx.objectStore('h').get(key) : op === 'put' ? tx.objectStore('h').put(value) : tx.objectStore('h').delete(key);
    tx.oncomplete = () => {
      open.result.close();
      resolve(r.result);
    };
    tx.onerror = () => reject(tx.error);
  };
}), { op, key, value });

const settings = () => page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
const report = () => page.locator('section.card').filter({ hasText: 'Since you last opened it' });
const storedPrefs = () => page.evaluate(() => JSON.parse(localStorage.getItem('prefs') ?? '{}') as { exitUrl?: string; exitConfirmed?: string });

async function wrongInGate(guess: string): Promise<void> {
  const gate = gateOf(page);
  await gate.getByLabel('Your passphrase', { exact: true }).fill(guess);
  await gate.getByRole('button', { name: 'Go on' }).click();
  await gate.getByRole('alert').waitFor();
}

describe('nothing leaves without the passphrase', () => {
  it('the court packet and the CSV: cancelled or a wrong passphrase, nothing is downloaded; the right one downloads', async () => {
    await journalTool(page, 'Export report');
    const packet = page.getByRole('button', { name: 'Download court packet' });
    await expect.poll(() => packet.isEnabled(), { timeout: 30_000 }).toBe(true);
    await packet.click();
    await gateOf(page).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /Download entries as a spreadsheet/ }).click();
    await wrongInGate('a passphrase he once knew');
    await gateOf(page).getByText('Your passphrase is not right. Nothing was changed and nothing left this device.').waitFor();
    await gateOf(page).getByRole('button', { name: 'Cancel' }).click();
    expect(downloads).toBe(0);
    const [csv] = await Promise.all([page.waitForEvent('download'), (async () => {
      await page.getByRole('button', { name: /Download entries as a spreadsheet/ }).click();
      await passGate(page);
    })()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await page.getByRole('button', { name: 'Back to the journal' }).click();
  });
});

describe('no guard weakens without the passphrase', () => {
  it('Quick exit destination, auto-lock and lock-on-hide stay as they were when the passphrase is not given', async () => {
    await settings();
    await page.getByLabel('Quick exit opens this page').fill(HIS_SITE);
    await page.getByRole('button', { name: 'Save page' }).click();
    await gateOf(page).getByRole('button', { name: 'Cancel' }).click();
    const idle = page.getByLabel('Lock after this many minutes without activity');
    await idle.selectOption('0');
    await wrongInGate('our anniversary 2019');
    await gateOf(page).getByRole('button', { name: 'Cancel' }).click();
    const onHide = page.getByLabel('Lock when I switch to another app or tab');
    await onHide.uncheck();
    await gateOf(page).getByRole('button', { name: 'Cancel' }).click();
    // As stored, read afresh: the device prefs and the vault's settings after a reload and unlock.
    expect((await storedPrefs()).exitUrl ?? '').toBe('');
    await page.reload();
    await unlock(page);
    await settings();
    expect(await idle.inputValue()).toBe('5');
    expect(await onHide.isChecked()).toBe(true);
  });
});

describe('one throttle for every passphrase check', () => {
  it('twelve wrong guesses in a confirmation field start the wait, and are reported at the next unlock', async () => {
    await page.getByRole('button', { name: 'Export backup' }).first().waitFor();
    await page.getByLabel('Lock after this many minutes without activity').selectOption('10');
    const gate = gateOf(page);
    for (let i = 1; i <= 12; i++) await wrongInGate(`the dog is called max ${i}`);
    await gate.getByRole('alert').filter({ hasText: /^Too many wrong tries\. You can try again at / }).waitFor();
    // Even the right passphrase waits.
    await gate.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await gate.getByRole('button', { name: 'Go on' }).click();
    await gate.getByRole('alert').filter({ hasText: /^Too many wrong tries/ }).waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('alert').filter({ hasText: /^Too many wrong tries/ }).waitFor();
    // The wait is over (the clock moved on).
    const log = (await headerRow('get')) as { until: number };
    await headerRow('put', 'log', { ...log, until: Date.now() - 1000 });
    await unlock(page);
    // The twelve and the right one refused during the wait: all typed in the open app.
    await report().getByText(/^13 failed attempts to open it since you last opened it/).waitFor();
    await report().getByText('13 of them were typed into a "Your passphrase" field while the app was open.').waitFor();
    await page.getByRole('button', { name: 'I have noted this' }).click();
  });

  it('a deleted attempt log is reported', async () => {
    await page.getByRole('button', { name: 'Lock' }).click();
    await headerRow('delete');
    await unlock(page);
    await report().getByText('The record of failed attempts was deleted from this device.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'I have noted this' }).click();
  });
});

describe('Quick exit contacts only a site confirmed with the passphrase', () => {
  it('a destination set before (or behind the app\'s back) is not contacted until she confirms it', async () => {
    await waitForServiceWorker(page);
    await page.evaluate((site) => localStorage.setItem('prefs', JSON.stringify({ ...JSON.parse(localStorage.getItem('prefs') ?? '{}'), exitUrl: site })), HIS_SITE);
    await page.reload();
    await unlock(page);
    await page.getByRole('heading', { name: 'Quick exit: confirm where it goes' }).waitFor();
    const before = session.requests.length;
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(/weather\.html$/);
    await page.waitForLoadState('networkidle');
    expect(session.requests.slice(before).filter((url) => url.startsWith(HIS_SITE))).toEqual([]);
    // Back in, she confirms it: now, and only now, Quick exit moves on to it.
    await page.goto('./');
    await unlock(page);
    await page.getByRole('button', { name: `Confirm ${HIS_SITE}` }).click();
    await passGate(page);
    await page.getByRole('status').filter({ hasText: `Confirmed. Quick exit moves on to ${HIS_SITE}.` }).waitFor();
    const confirmed = session.requests.length;
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(HIS_SITE);
    const origin = new URL(session.baseURL).origin;
    expect(session.requests.slice(confirmed).filter((url) => !url.startsWith(origin) && !url.startsWith(HIS_SITE))).toEqual([]);
    await page.goto(session.baseURL);
  });
});

describe('the duress session changes nothing of the real vault without telling her', () => {
  it('"Change passphrase" inside the decoy is told to the owner at her next real unlock', async () => {
    await unlock(page);
    await settings();
    const duress = page.getByRole('group', { name: 'Duress passphrase' });
    await duress.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await duress.getByLabel('Duress passphrase', { exact: true }).fill(DURESS);
    await duress.getByLabel('Repeat duress passphrase', { exact: true }).fill(DURESS);
    await duress.getByRole('button', { name: 'Turn on duress passphrase' }).click();
    await duress.getByRole('status').filter({ hasText: 'Duress passphrase turned on.' }).waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page, DURESS);
    await settings();
    await page.getByLabel('Current passphrase').fill(DURESS);
    await page.getByLabel('New passphrase', { exact: true }).fill('velvet compass harbour ninety');
    await page.getByLabel('Repeat new passphrase').fill('velvet compass harbour ninety');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Passphrase changed.').waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    await report().getByText(/^Your duress passphrase was changed from inside the decoy on /).waitFor();
    expect(session.errors).toEqual([]);
  });
});
