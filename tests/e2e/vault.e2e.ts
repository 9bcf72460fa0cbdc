// The vault in a real browser: create, lock, unlock, wrong passphrase, auto-lock, change
// passphrase, and nothing readable anywhere in the profile directory afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { PASSPHRASE, createVault, launch, scanProfile, unlock, type Session } from './harness';
import { passGate } from './gate-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const navJournal = (s: Session) => s.page.getByRole('navigation').getByRole('button', { name: 'Journal' });
const lockField = (s: Session) => s.page.getByLabel('Passphrase', { exact: true });

describe('vault in the browser', () => {
  it('creates, locks, refuses a wrong passphrase, and unlocks', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await lockField(session).waitFor();
    expect(await navJournal(session).count()).toBe(0);
    await lockField(session).fill('not my passphrase at all');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: 'That passphrase did not open it' }).waitFor();
    expect(await navJournal(session).count()).toBe(0);
    await unlock(page);
    expect(await navJournal(session).isVisible()).toBe(true);
  });

  it('refuses short or mismatched passphrases at setup, changing nothing', async () => {
    session = await launch();
    const { page } = session;
    await page.goto('./');
    await page.getByRole('button', { name: /continue/i }).click();
    await page.getByLabel('New passphrase', { exact: true }).fill('short');
    await page.getByLabel('Repeat passphrase', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('alert').filter({ hasText: 'at least 10 characters' }).waitFor();
    await page.getByLabel('New passphrase', { exact: true }).fill('long enough passphrase');
    await page.getByLabel('Repeat passphrase', { exact: true }).fill('long enough passphrasE');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('alert').filter({ hasText: 'not the same' }).waitFor();
    await page.reload();
    // Still first run: nothing was created.
    await page.getByRole('button', { name: /continue/i }).waitFor();
  });

  it('locks when the page is hidden, and when idle', async () => {
    session = await launch();
    const { page } = session;
    await page.clock.install();
    await createVault(page);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await lockField(session).waitFor();
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    });
    await unlock(page);
    await page.clock.fastForward('04:00');
    expect(await navJournal(session).isVisible()).toBe(true);
    await page.clock.fastForward('01:05');
    await lockField(session).waitFor();
  });

  it('shows the lock screen after leaving and coming Back', async () => {
    session = await launch();
    const { page } = session;
    await page.context().route('https://example.org/**', (route) => route.fulfill({ body: '<title>x</title>x', contentType: 'text/html' }));
    await createVault(page);
    await page.goto('https://example.org/');
    await page.goBack();
    await lockField(session).waitFor();
    expect(await navJournal(session).count()).toBe(0);
  });

  it('changes the passphrase: the old one stops working, the new one opens', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Current passphrase').fill('wrong current passphrase');
    await page.getByLabel('New passphrase', { exact: true }).fill('purple lantern seven rivers');
    await page.getByLabel('Repeat new passphrase').fill('purple lantern seven rivers');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByRole('alert').filter({ hasText: 'did not open' }).waitFor();
    const before = await page.evaluate(() => new Promise<string[]>((resolve) => {
      const open = indexedDB.open('store');
      open.onsuccess = () => {
        const req = open.result.transaction('r').objectStore('r').getAll();
        req.onsuccess = () => resolve((req.result as Array<{ id: string; ct: Uint8Array }>).map((r) => r.id + ':' + Array.from(r.ct.slice(0, 16)).join(',')));
      };
    }));
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Passphrase changed.').waitFor();
    // A new key: the record rows themselves were rewritten (not only the key slot).
    const rows = () => page.evaluate(() => new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('store');
      open.onsuccess = () => {
        const req = open.result.transaction('r').objectStore('r').getAll();
        req.onsuccess = () => resolve((req.result as Array<{ id: string; ct: Uint8Array }>).map((r) => r.id + ':' + Array.from(r.ct.slice(0, 16)).join(',')));
        req.onerror = () => reject(req.error);
      };
    }));
    const after = await rows();
    expect(after.length).toBeGreaterThan(30);
    expect(after.filter((row) => before.includes(row))).toEqual([]);
    await page.getByRole('button', { name: 'Lock' }).click();
    await lockField(session).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: 'did not open' }).waitFor();
    await unlock(page, 'purple lantern seven rivers');
  });

  it('leaves nothing readable on disk: passphrases and saved settings never appear in the profile', async () => {
    const markerPass = 'ZEBRA-MARKER-PASSPHRASE-7731';
    session = await launch({ persistent: true });
    const { page } = session;
    await createVault(page, markerPass);
    // Write through the vault (a settings record), then re-seal the key with a new passphrase.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Lock after this many minutes without activity').selectOption('15');
    await passGate(page, markerPass);
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByLabel('Current passphrase').fill(markerPass);
    await page.getByLabel('New passphrase', { exact: true }).fill('QUOKKA-MARKER-NEWPASS-5521');
    await page.getByLabel('Repeat new passphrase').fill('QUOKKA-MARKER-NEWPASS-5521');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Passphrase changed.').waitFor();
    const dir = session.profileDir;
    await session.close({ keepProfile: true });
    session = undefined;
    // (Record contents with markers are checked by each feature's own at-rest test.)
    const hits = scanProfile(dir, [markerPass, 'QUOKKA-MARKER-NEWPASS-5521']);
    expect(hits).toEqual([]);
    // The scan must be able to find things: the disguise name is stored in the clear on purpose.
    expect(scanProfile(dir, ['Daybook']).length).toBeGreaterThan(0);
  });
});
