// Choosing a passphrase: zxcvbn refuses a guessable one and says why (English and Spanish), a
// suggested one (five English words, six Spanish: 60 bits or more, stated) fills both fields and can be shown again, and the estimator loads
// only on the setup and change screens, never with the lock screen.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createVault, launch, skipDisguiseStep, unlock, waitForServiceWorker, type Session } from './harness';
import { dismissNotices } from './journal-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const extras = (s: Session) => s.requests.filter((url) => url.includes('/assets/extra/'));
const FIVE_WORDS = /^[a-z-]+( [a-z-]+){4}$/;

/** Presses "Suggest a passphrase" and waits for the field to take a new five-word value. */
async function suggest(page: Page, field: string): Promise<string> {
  const input = page.getByLabel(field, { exact: true });
  const before = await input.inputValue();
  await page.getByRole('button', { name: 'Suggest a passphrase' }).click();
  await expect.poll(async () => { const v = await input.inputValue(); return v !== before && FIVE_WORDS.test(v); }).toBe(true);
  return input.inputValue();
}

describe('choosing a passphrase', () => {
  it('at setup: refuses a guessable one and says why, suggests one that can be shown again, and keeps the estimator off the lock screen', async () => {
    session = await launch();
    const { page } = session;
    await page.goto('./');
    await page.getByRole('button', { name: /continue/i }).waitFor();
    expect(extras(session)).toEqual([]);
    await page.getByRole('button', { name: /continue/i }).click();

    await page.getByLabel('New passphrase', { exact: true }).fill('password1234');
    await page.getByLabel('Repeat passphrase', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Create' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'too easy to guess' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('commonly used password');
    expect(await refusal.textContent()).toContain('birthdays, names, pets');
    expect(extras(session).length).toBeGreaterThan(0); // loaded here, on the setup screen

    const words = await suggest(page, 'New passphrase');
    expect(await page.getByLabel('Repeat passphrase', { exact: true }).inputValue()).toBe(words);
    await page.getByText('Strength: strong').waitFor();
    const shown = page.locator('.suggested-passphrase');
    expect(await shown.textContent()).toBe(words);
    expect(await shown.getAttribute('lang')).toBe('en');
    // Five EFF words: 64.6 bits, said on the screen.
    expect(await page.locator('.suggested-bits').textContent()).toBe('About 65 bits of randomness: far more than anyone can guess.');
    await page.getByRole('button', { name: 'Hide it' }).click();
    expect(await shown.count()).toBe(0);
    await page.getByRole('button', { name: 'Show it again' }).click();
    expect(await shown.textContent()).toBe(words);
    // Another suggestion replaces it everywhere.
    const other = await suggest(page, 'New passphrase');
    expect(other).not.toBe(words);
    expect(await shown.textContent()).toBe(other);

    await page.getByRole('button', { name: 'Create' }).click();
    await skipDisguiseStep(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();
    const before = extras(session).length;
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(extras(session).length).toBe(before); // the lock screen loads none of it
    await unlock(page, other);
  });

  it('explains a refusal in Spanish', async () => {
    session = await launch({ locale: 'es-ES' });
    const { page } = session;
    await page.goto('./');
    await page.getByRole('button', { name: /continuar/i }).click();
    await page.getByLabel('Nueva frase de contraseña', { exact: true }).fill('password1234');
    await page.getByLabel('Repite la frase de contraseña', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Crear' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'demasiado fácil de adivinar' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('contraseña muy usada');

    // Issue 26: the suggestion is six Spanish words (BIP-39, 66 bits), and the screen says so.
    const input = page.getByLabel('Nueva frase de contraseña', { exact: true });
    await page.getByRole('button', { name: 'Sugerir una frase de contraseña' }).click();
    await expect.poll(async () => (await input.inputValue()).split(' ').length).toBe(6);
    const words = await input.inputValue();
    expect(words).toMatch(/^[a-záéíóúñü]+( [a-záéíóúñü]+){5}$/);
    const shown = page.locator('.suggested-passphrase');
    expect(await shown.textContent()).toBe(words);
    expect(await shown.getAttribute('lang')).toBe('es');
    expect(await page.locator('.suggested-bits').textContent()).toBe('Unos 66 bits de azar: mucho más de lo que nadie puede adivinar.');
    await page.getByText(/Seguridad: (buena|fuerte)$/).waitFor();
  });

  it('on Change passphrase: says when to use it, refuses a weak one, and takes a suggested one', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByText('if someone may know your passphrase').waitFor();
    await page.getByLabel('Current passphrase').fill('orange kettle winter harbour');
    await page.getByLabel('New passphrase', { exact: true }).fill('qwertyuiop12');
    await page.getByLabel('Repeat new passphrase').fill('qwertyuiop12');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByRole('alert').filter({ hasText: 'too easy to guess' }).waitFor();
    const words = await suggest(page, 'New passphrase');
    expect(await page.getByLabel('Repeat new passphrase').inputValue()).toBe(words);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Passphrase changed.').waitFor();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page, words);
  });

  it('checks strength offline on Change passphrase, once setup has loaded the estimator online', async () => {
    session = await launch();
    const { page, context } = session;
    await createVault(page);
    await dismissNotices(page);
    await waitForServiceWorker(page);
    // Setup loaded it before the service worker controlled the page; the page keeps a copy.
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('extra')).keys()).length)).toBeGreaterThan(0);
    await context.setOffline(true);
    await page.reload();
    await unlock(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Current passphrase').fill('orange kettle winter harbour');
    await page.getByLabel('New passphrase', { exact: true }).fill('password1234');
    await page.getByLabel('Repeat new passphrase').fill('password1234');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByRole('alert').filter({ hasText: 'commonly used password' }).waitFor();
  });
});
