// Shared by the disguise browser tests: a vault dressed as Notes or Weather (with a real entry
// and the person's own decoy), what its locked front shows, and a try in its one field.
import type { Page } from 'playwright-core';
import { PASSPHRASE, createVault } from './harness';
import { dismissNotices, writeEntry } from './journal-helpers';
import { passGate } from './gate-helpers';

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Disguise and Quick exit' }).waitFor();
}

export const DURESS = 'grocery list tuesday';
export const REAL_ENTRY = 'He waited outside my work';
export const DECOY_NOTE = 'Pick up the dry cleaning';
export const LOCK_NOTES = 'Shopping\nmilk, eggs, basil\n\nBook club\nThursday at 7, bring the cake';
/** Words that would name the app or its purpose, in both languages (and the exit's own label). */
export const GIVEAWAY = {
  en: /passphrase|unlock|daybook|journal|safety|quick exit/i,
  es: /contraseña|desbloque|daybook|diario|seguridad|salida rápida|passphrase|unlock|journal|safety/i,
};
export const FRONT = {
  notes: { en: 'Search', es: 'Buscar' },
  weather: { en: 'Search city', es: 'Buscar ciudad' },
};
export const EXIT_NAME = { en: 'Quick exit', es: 'Salida rápida' };

/** A vault with one real entry, the front's settings, a duress passphrase with the person's own decoy (and photo), then the disguise. */
export async function dressedVault(page: Page, disguise: 'notes' | 'weather', { photo }: { photo?: { name: string; mimeType: string; buffer: Buffer } } = {}): Promise<void> {
  await createVault(page);
  await dismissNotices(page);
  await writeEntry(page, { what: REAL_ENTRY });
  await openSettings(page);
  if (disguise === 'notes') {
    await page.getByLabel('Notes shown while locked').fill(LOCK_NOTES);
    await page.getByRole('button', { name: 'Save notes' }).click();
    await page.getByRole('status').filter({ hasText: 'These notes show while the app is locked.' }).waitFor();
  } else {
    await page.getByLabel('Place shown in the forecast').fill('Lyon');
    await page.getByRole('button', { name: 'Save place' }).click();
    await page.getByRole('status').filter({ hasText: 'The forecast now shows Lyon.' }).waitFor();
  }
  const duress = page.getByRole('group', { name: 'Duress passphrase' });
  await duress.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  await duress.getByLabel('Duress passphrase', { exact: true }).fill(DURESS);
  await duress.getByLabel('Repeat duress passphrase', { exact: true }).fill(DURESS);
  await duress.getByLabel('The decoy’s notes').fill(`${DECOY_NOTE}\nRenew the library books`);
  if (photo) await duress.getByLabel('Add an ordinary photo (optional)').setInputFiles(photo);
  await duress.getByRole('button', { name: 'Turn on duress passphrase' }).click();
  await duress.getByRole('status').filter({ hasText: 'Duress passphrase turned on.' }).waitFor();
  await page.getByRole('radio', { name: disguise === 'notes' ? 'Notes' : 'Weather', exact: true }).check();
  await passGate(page);
  await page.waitForFunction(async (d) => (await (await (await caches.open('prefs')).match('prefs.json'))?.json())?.disguise === d, disguise);
}

/** What the locked front shows and how it looks: visible text, the exit control, anything red. */
export async function frontLooks(page: Page) {
  return page.evaluate(() => {
    const exit = document.getElementById('quick-exit')!;
    const red = [...document.querySelectorAll('body *')].filter((el) => {
      const m = getComputedStyle(el).backgroundColor.match(/\d+/g)?.map(Number);
      return m && (m[3] ?? 1) !== 0 && m[0]! > 140 && m[1]! < 90 && m[2]! < 90;
    });
    return { text: document.body.innerText, exitText: exit.textContent, exitBackground: getComputedStyle(exit).backgroundColor, red: red.length };
  });
}

/** Types into the front's one field and presses Enter; resolves once the try has finished. */
export async function tryFront(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByRole('searchbox', { name: label });
  await field.fill(text);
  await page.evaluate(() => {
    const w = window as unknown as { __busy: string[] };
    w.__busy = [];
    const input = document.querySelector('input[type="search"]')!;
    new MutationObserver(() => w.__busy.push(input.getAttribute('aria-busy') ?? '')).observe(input, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  await field.press('Enter');
}
export const tryEnded = (page: Page) => page.waitForFunction(() => {
  const busy = (window as unknown as { __busy: string[] }).__busy;
  return busy.includes('true') && busy.at(-1) === 'false';
});

