// Issue 21: first run offers the disguise. Setup opens at its top; right after the passphrase is
// created, one optional step offers the look and the duress passphrase (taken: the locked front is
// that look, the duress passphrase opens the decoy, the real one the vault; skipped in one tap:
// Daybook, no duress), in English and Spanish (Notas, El tiempo), at 320 and 390 px, axe-clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSPHRASE, axeViolations, launch, openApp, type Session } from './harness';
import { DECOY_NOTE, DURESS, tryFront } from './front-helpers';

const STEP = { en: 'Hide what this app is (optional)', es: 'Ocultar qué es esta app (opcional)' };

// One browser for the file; each test starts from an empty origin (no vault, no prefs, no worker).
let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

async function freshOrigin(page: Page, width: number): Promise<void> {
  await page.goto('about:blank');
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(session.baseURL).origin, storageTypes: 'all' });
  await cdp.detach();
  await page.setViewportSize({ width, height: 844 });
  await openApp(page);
}

/** Where the page is scrolled to and what has focus. */
const position = (page: Page) => page.evaluate(() => ({ y: Math.round(scrollY), focused: document.activeElement?.id }));

/** Nothing wider than the screen: no sideways scrolling on a phone. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

/** Setup in the app's language (fields by their ids, which both languages share); ends on the step. */
async function setUp(page: Page, create: 'Create' | 'Crear') {
  await page.getByRole('button', { name: /continue|continuar/i }).click();
  await page.locator('#setup-title').waitFor();
  // Setup opens at its top, its heading focused (the first-run screen was scrolled to its button).
  await expect.poll(() => position(page)).toEqual({ y: 0, focused: 'setup-title' });
  await page.locator('#new-pass').fill(PASSPHRASE);
  await page.locator('#repeat-pass').fill(PASSPHRASE);
  await page.getByRole('button', { name: create, exact: true }).click();
}

/** What the browser itself would install: the linked manifest's name. */
async function installedName(page: Page): Promise<string> {
  const cdp = await session.context.newCDPSession(page);
  const seen = (await cdp.send('Page.getAppManifest')) as { data: string };
  await cdp.detach();
  return (JSON.parse(seen.data) as { name: string }).name;
}

describe('first run offers the disguise', () => {
  it('taken at 390 px: Notes and a duress passphrase; locked, Notes; the duress passphrase opens the decoy, the real one the vault', async () => {
    const { page } = session;
    await freshOrigin(page, 390);
    await setUp(page, 'Create');

    // The step: a new screen, at its top, its heading focused, skippable without scrolling.
    await page.getByRole('heading', { level: 1, name: STEP.en }).waitFor();
    await expect.poll(() => position(page)).toEqual({ y: 0, focused: 'step-title' });
    expect(await page.getByRole('button', { name: 'Skip for now' }).isVisible()).toBe(true);
    await page.getByText(/To get in, type your passphrase in the search field and start the search/).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, 'main')).toEqual([]);

    await page.getByRole('radio', { name: 'Notes', exact: true }).check();
    await page.getByRole('status').filter({ hasText: 'This app now appears as “Notes”' }).waitFor();
    expect(await page.title()).toBe('Notes');
    // The practice round, on the real front, with the practice word.
    await page.getByRole('button', { name: 'Practice with Notes' }).click();
    const practice = page.getByRole('region', { name: 'Practice round: Notes' });
    await practice.getByRole('searchbox', { name: 'Search' }).fill('lantern');
    await practice.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await practice.getByRole('status').filter({ hasText: 'It opened.' }).waitFor();
    await practice.getByRole('button', { name: 'End practice' }).click();

    const duress = page.getByRole('group', { name: 'Duress passphrase', exact: true });
    await duress.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
    await duress.getByLabel('Duress passphrase', { exact: true }).fill(DURESS);
    await duress.getByLabel('Repeat duress passphrase', { exact: true }).fill(DURESS);
    await duress.getByLabel('The decoy’s notes').fill(`${DECOY_NOTE}\nRenew the library books`);
    await duress.getByRole('button', { name: 'Turn on duress passphrase' }).click();
    await duress.getByRole('status').filter({ hasText: 'Duress passphrase turned on.' }).waitFor();
    expect(await axeViolations(page, 'main')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'main')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).waitFor();

    // Every start is locked: the front is a notes app.
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Notes');
    await tryFront(page, 'Search', DURESS);
    await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).waitFor();
    await page.reload();
    await tryFront(page, 'Search', PASSPHRASE);
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).waitFor();
    expect(await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).count()).toBe(0);
  });

  it('in Spanish at 320 px: the looks are “Notas” and “El tiempo”, named so in the title and the manifest an install uses', async () => {
    const { page } = session;
    await freshOrigin(page, 320);
    await page.getByRole('combobox').first().selectOption('es');
    await setUp(page, 'Crear');
    await page.getByRole('heading', { level: 1, name: STEP.es }).waitFor();
    await expect.poll(() => position(page)).toEqual({ y: 0, focused: 'step-title' });
    for (const name of ['Daybook', 'Notas', 'El tiempo']) await page.getByRole('radio', { name, exact: true }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, 'main')).toEqual([]);

    await page.getByRole('radio', { name: 'El tiempo', exact: true }).check();
    await page.getByRole('status').filter({ hasText: '«El tiempo»' }).waitFor();
    expect(await page.title()).toBe('El tiempo');
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('manifest-weather.es.webmanifest');
    await expect.poll(() => installedName(page)).toBe('El tiempo');
    // The practice round of the chosen look, in Spanish, with the Spanish practice word.
    await page.getByRole('button', { name: 'Practicar con El tiempo' }).click();
    const practice = page.getByRole('region', { name: 'Práctica: El tiempo' });
    await practice.getByRole('searchbox', { name: 'Buscar ciudad' }).fill('farol');
    await practice.getByRole('searchbox', { name: 'Buscar ciudad' }).press('Enter');
    await practice.getByRole('status').filter({ hasText: 'Se abrió.' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Listo', exact: true }).click();
    await page.getByRole('navigation').waitFor();

    await page.reload();
    await page.getByRole('searchbox', { name: 'Buscar ciudad' }).waitFor();
    expect(await page.title()).toBe('El tiempo');
    await tryFront(page, 'Buscar ciudad', PASSPHRASE);
    await page.getByRole('navigation').waitFor();
  });

  it('skipped in one tap at 320 px: Daybook, no duress passphrase', async () => {
    const { page } = session;
    await freshOrigin(page, 320);
    await setUp(page, 'Create');
    await page.getByRole('heading', { level: 1, name: STEP.en }).waitFor();
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).waitFor();
    expect(await page.title()).toBe('Daybook');

    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).fill(DURESS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByText('No duress passphrase is set.').waitFor();
  });
});
