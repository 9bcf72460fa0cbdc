// Issue 21: under the Notes and Weather looks the duress passphrase opens that app, working (the
// decoy's notes or places), in English and Spanish, and nothing reachable from it names Daybook;
// in Arabic, the notes app passes axe.
// One browser for the whole file: the person's phone, used through one afternoon.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSPHRASE, axeViolations, chooseLanguage, launch, type Session } from './harness';
import { routeNeutralSites } from './exit-helpers';
import { pngWithText } from './journal-helpers';
import { DECOY_NOTE, DURESS, EXIT_NAME, FRONT, REAL_ENTRY, dressedVault, frontLooks, openSettings, tryFront } from './front-helpers';
import { FORBIDDEN, giveaways, hidePage, lockByReload, overflows, tabWalk } from './duress-apps-helpers';
import { SPANISH, passGate } from './gate-helpers';
import { catalog as ar } from '../../src/i18n/ar';

let session: Session;
let page: Page;
const LOCK = { en: 'Lock', es: 'Bloquear' };

beforeAll(async () => {
  session = await launch();
  page = session.page;
  await routeNeutralSites(session.context);
  // Driven time for the idle lock; it otherwise runs on as usual.
  await page.clock.install();
  await dressedVault(page, 'notes', { photo: { name: 'garden.png', mimeType: 'image/png', buffer: pngWithText('garden', [60, 150, 80]) } });
  await page.getByRole('button', { name: 'Lock' }).click();
}, 180_000);
afterAll(async () => {
  await session?.close();
});

/** Types the duress passphrase in the front's one field and waits for the app it opens. */
async function duressOpens(lang: 'en' | 'es', look: 'notes' | 'weather'): Promise<void> {
  await tryFront(page, FRONT[look][lang], DURESS);
  // The locked front has "New note" too: the decoy's own note is what only its app shows.
  if (look === 'notes') await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).waitFor();
  else await page.getByRole('button', { name: lang === 'en' ? 'Add' : 'Añadir', exact: true }).waitFor();
}

/** The real vault: its journal, with nothing of what the decoy session wrote and no report of foreign records. */
async function realVaultLacks(lang: 'en' | 'es', look: 'notes' | 'weather', written: string): Promise<void> {
  await lockByReload(page);
  await tryFront(page, FRONT[look][lang], PASSPHRASE);
  await page.getByRole('navigation').waitFor();
  await page.getByRole('button', { name: new RegExp(REAL_ENTRY) }).waitFor();
  expect(await page.getByText(written).count()).toBe(0);
  expect(await page.getByText(/Since you last opened it|Desde la última vez que la abriste/).count()).toBe(0);
}

/** Every control the keyboard reaches is the app's own or the exit, and names nothing; the only link is the exit. */
async function walkNamesNothing(lang: 'en' | 'es', expected: string[]): Promise<void> {
  const stops = await tabWalk(page);
  expect(stops.filter((s) => !s.inApp)).toEqual([]);
  expect(stops.filter((s) => s.href !== null).map((s) => s.name)).toEqual([EXIT_NAME[lang]]);
  expect(stops.map((s) => s.name).join('\n')).not.toMatch(FORBIDDEN[lang]);
  expect(stops.map((s) => s.name.trim())).toEqual(expect.arrayContaining(expected));
}

describe('duress under the Notes look opens a notes app', () => {
  it('the locked front has New note: said once to be unlocked, each note kept whole', async () => {
    const plain = 'Notes you add here are not locked: anyone who opens this app can read them.';
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByText(plain).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Note', { exact: true }).fill('Dentist\nTuesday at 3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('3 notes', { exact: true }).waitFor();
    // Told once: the next time the editor says nothing more.
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('Note', { exact: true }).waitFor();
    expect(await page.getByText(plain).count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    // After a restart the note is still one note, its second line its text.
    await page.reload();
    await page.getByRole('button', { name: /Dentist/ }).click();
    await page.getByText('Tuesday at 3').waitFor();
    await page.getByRole('button', { name: /Back/ }).click();
    expect(await page.getByRole('button', { name: /^Tuesday/ }).count()).toBe(0);
  });

  it('English: the decoy’s notes and photo, each note opens, every control reachable names nothing of Daybook', async () => {
    await duressOpens('en', 'notes');
    const url = page.url();
    await page.getByRole('heading', { level: 1, name: 'Notes' }).waitFor();
    await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).waitFor();
    expect(await page.getByRole('button', { name: /Renew the library books/ }).count()).toBe(1);
    expect(await page.getByText(REAL_ENTRY).count()).toBe(0);
    expect(await giveaways(page, 'en')).toEqual([]);
    // The close control looks like the app's own and keeps its name; nothing is red.
    const looks = await frontLooks(page);
    expect([looks.exitText, looks.red]).toEqual(['✕', 0]);
    await walkNamesNothing('en', ['Quick exit', 'Search', 'New note', DECOY_NOTE, 'Renew the library books']);

    // Open what opens: each note (in list order), its editor, the question before deleting.
    const titles = await page.locator('.note-row-title').allTextContents();
    expect(titles.toSorted()).toEqual([DECOY_NOTE, 'Renew the library books'].toSorted());
    for (const [i, title] of titles.entries()) {
      await page.getByRole('button', { name: new RegExp(title) }).click();
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
      // The decoy's photo is on its newest note, the first listed: decrypted and shown.
      if (i === 0) await page.waitForFunction(() => (document.querySelector('img[alt="Photo"]') as HTMLImageElement | null)?.naturalWidth === 16);
      expect(await giveaways(page, 'en')).toEqual([]);
      await walkNamesNothing('en', ['Quick exit', 'Back', 'Edit', 'Delete']);
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe(title);
      expect(await giveaways(page, 'en')).toEqual([]);
      await walkNamesNothing('en', ['Quick exit', 'Note', 'Save', 'Cancel']);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByText('Delete this note?').waitFor();
      expect(await giveaways(page, 'en')).toEqual([]);
      await page.getByRole('button', { name: 'Keep it' }).click();
      await page.getByRole('button', { name: /Back/ }).click();
    }
    await page.getByRole('button', { name: 'New note' }).click();
    expect(await giveaways(page, 'en')).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Nothing of this left the one address the app lives at.
    expect(page.url()).toBe(url);
    expect(session.errors).toEqual([]);
  });

  it('English: New note, edit, search and delete; kept in the decoy for the next duress unlock, absent from the real vault; axe; 320 and 390 px', async () => {
    await page.getByRole('button', { name: 'New note' }).click();
    const field = page.getByLabel('Note', { exact: true });
    expect(await axeViolations(page)).toEqual([]);
    await field.fill('Call the plumber\nabout the kitchen sink');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 2, name: 'Call the plumber' }).waitFor();
    await page.getByText('about the kitchen sink').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await field.fill('Call the plumber\nabout the kitchen sink, Friday at 9');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('about the kitchen sink, Friday at 9').waitFor();
    await page.getByRole('button', { name: /Back/ }).click();
    await page.getByText('3 notes', { exact: true }).waitFor();

    // A note to throw away: asked once more, then gone.
    await page.getByRole('button', { name: 'New note' }).click();
    await field.fill('Scratch\nthrow this away');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('3 notes', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /Scratch/ }).count()).toBe(0);

    // Searching is only a search here too.
    await page.getByRole('searchbox', { name: 'Search' }).fill('plumber');
    await page.getByText('1 note', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 844 });
      expect(await overflows(page)).toBe(false);
      await page.getByRole('button', { name: /Call the plumber/ }).click();
      expect(await overflows(page)).toBe(false);
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      expect(await overflows(page)).toBe(false);
      const box = await page.getByRole('button', { name: 'Save' }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: /Back/ }).click();
    }

    // Hidden (another app): locked, back on the front, which never shows the decoy's notes.
    await hidePage(page);
    await page.getByRole('button', { name: /Shopping/ }).waitFor();
    expect(await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Call the plumber/ }).count()).toBe(0);
    await duressOpens('en', 'notes');
    await page.getByRole('button', { name: /Call the plumber/ }).click();
    await page.getByText('about the kitchen sink, Friday at 9').waitFor();
    await realVaultLacks('en', 'notes', 'Call the plumber');
    await page.getByRole('button', { name: 'Lock' }).click();
  });

  it('Quick exit, Shift three times and Escape twice leave from the notes app; the idle timer locks it', async () => {
    const leaves = async (how: () => Promise<void>) => {
      await duressOpens('en', 'notes');
      await how();
      await page.waitForURL(`${session.baseURL}weather.html`);
      await page.goto(session.baseURL);
      await page.getByRole('button', { name: /Shopping/ }).waitFor();
    };
    await leaves(() => page.getByRole('link', { name: 'Quick exit' }).click());
    await leaves(async () => {
      await page.locator('h1').click();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    });
    await leaves(async () => {
      await page.locator('h1').click();
      for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
    });
    await duressOpens('en', 'notes');
    await page.clock.fastForward('04:00');
    expect(await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).isVisible()).toBe(true);
    await page.clock.fastForward('01:05');
    await page.getByRole('button', { name: /Shopping/ }).waitFor();
    expect(await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).count()).toBe(0);
  });

  it('Spanish: the notes app in Spanish, naming nothing; a note added is there next time and not in the real vault', async () => {
    await tryFront(page, 'Search', PASSPHRASE);
    await chooseLanguage(page, 'es');
    await page.getByRole('button', { name: LOCK.es }).click();
    await duressOpens('es', 'notes');
    await page.getByRole('heading', { level: 1, name: 'Notas' }).waitFor();
    expect(await giveaways(page, 'es')).toEqual([]);
    await walkNamesNothing('es', ['Salida rápida', 'Buscar', 'Nueva nota']);
    await page.getByRole('button', { name: 'Nueva nota' }).click();
    await page.getByLabel('Nota', { exact: true }).fill('Comprar pan\ny también leche');
    expect(await giveaways(page, 'es')).toEqual([]);
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('heading', { level: 2, name: 'Comprar pan' }).waitFor();
    expect(await giveaways(page, 'es')).toEqual([]);
    await lockByReload(page);
    await duressOpens('es', 'notes');
    await page.getByRole('button', { name: /Comprar pan/ }).waitFor();
    await realVaultLacks('es', 'notes', 'Comprar pan');
  });

  it('Arabic: the notes app right to left, its list and its editor pass axe (issue 26)', async () => {
    // The real vault is open (previous test), in Spanish.
    await page.getByRole('navigation').getByRole('button', { name: 'Ajustes', exact: true }).click();
    await page.locator('.lang-switch select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await page.getByRole('button', { name: ar['shell.lock'], exact: true }).click();
    await tryFront(page, ar['front.notes.search'], DURESS);
    await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ar['front.notes.new'], exact: true }).click();
    await page.getByLabel(ar['front.notes.note'], { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ar['front.notes.cancel'], exact: true }).click();
    // Back to the real vault, in Spanish, for the tests that follow.
    await lockByReload(page);
    await tryFront(page, ar['front.notes.search'], PASSPHRASE);
    await page.getByRole('navigation').getByRole('button', { name: ar['nav.settings'], exact: true }).click();
    await page.locator('.lang-switch select').selectOption('es');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
  });
});

describe('duress under the Weather look opens a weather app', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`${lang}: the forecast and its places, a place added is kept in the decoy only, nothing names Daybook`, async () => {
      const added = lang === 'es' ? 'Valparaíso' : 'Oslo';
      const field = lang === 'es' ? 'Añadir un lugar' : 'Add a place';
      // The real vault is open (previous test): choose the look and the language there.
      if (lang === 'es') {
        await openSettingsIn('es');
        await page.getByRole('radio', { name: /^(Weather|El tiempo)$/ }).check();
        // In Settings the look changes only with the passphrase (issue 22).
        await passGate(page, PASSPHRASE, SPANISH);
        await page.waitForFunction(async () => (await (await (await caches.open('prefs')).match('prefs.json'))?.json())?.disguise === 'weather');
      } else {
        await chooseLanguage(page, 'en');
      }
      await page.getByRole('button', { name: LOCK[lang] }).click();
      // The place the locked front shows is the weather app's first place.
      await page.getByRole('searchbox', { name: FRONT.weather[lang] }).waitFor();
      const home = (await page.locator('h1').textContent())!;
      await duressOpens(lang, 'weather');
      await page.getByRole('heading', { level: 1, name: home }).waitFor();
      expect(((await page.locator('body').innerText()).match(/-?\d+°/g) ?? []).length).toBeGreaterThanOrEqual(6);
      expect(await giveaways(page, lang)).toEqual([]);
      expect((await frontLooks(page)).exitText).toBe('✕');
      await walkNamesNothing(lang, [EXIT_NAME[lang], field, lang === 'es' ? 'Añadir' : 'Add']);
      if (lang === 'en') {
        expect(await axeViolations(page)).toEqual([]);
        for (const width of [320, 390]) {
          await page.setViewportSize({ width, height: 844 });
          expect(await overflows(page)).toBe(false);
        }
      }

      await page.getByRole('searchbox', { name: field }).fill(added);
      await page.getByRole('searchbox', { name: field }).press('Enter');
      await page.getByRole('heading', { level: 1, name: added }).waitFor();
      await page.getByRole('button', { name: new RegExp(`^${added}`) }).waitFor();
      expect(await giveaways(page, lang)).toEqual([]);
      // Back to the first place, then the added one again, as a weather app switches places.
      await page.getByRole('button', { name: new RegExp(`^${home}`) }).click();
      await page.getByRole('heading', { level: 1, name: home }).waitFor();
      await lockByReload(page);
      await duressOpens(lang, 'weather');
      await page.getByRole('button', { name: new RegExp(`^${added}`) }).click();
      await page.getByRole('heading', { level: 1, name: added }).waitFor();
      await realVaultLacks(lang, 'weather', added);
      await openSettingsIn(lang);
      // Nor did it become the front's place, which anyone sees while the app is locked.
      expect(await page.getByLabel(lang === 'es' ? 'Lugar del pronóstico' : 'Place shown in the forecast').inputValue()).not.toContain(added);
    });
  }

  it('under the Daybook look the duress passphrase still opens the decoy journal', async () => {
    await page.getByRole('radio', { name: 'Daybook', exact: true }).check();
    await passGate(page);
    await page.waitForFunction(async () => (await (await (await caches.open('prefs')).match('prefs.json'))?.json())?.disguise === 'daybook');
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(DURESS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).waitFor();
    await page.getByRole('button', { name: new RegExp(DECOY_NOTE) }).waitFor();
    expect(await page.getByRole('button', { name: /Call the plumber/ }).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});

/** Settings of the real vault, in whichever language. */
async function openSettingsIn(lang: 'en' | 'es'): Promise<void> {
  if (lang === 'en') return openSettings(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Ajustes' }).click();
  await page.getByRole('radio', { name: /^(Weather|El tiempo)$/ }).waitFor();
}
