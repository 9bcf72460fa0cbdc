// Every language everywhere: a walk through every screen and sub-screen of a vault in each of the
// app's languages finds no English catalog value shown at 390×844 and nothing that overflows or is
// cut off at 320×568; the same walk in the pseudo-locale build (every message 30% longer and
// accented) finds nothing that does not fit at 320×568 and no string that bypasses the catalogs;
// a note shown before a language switch follows the switch. Screens are found by their accessible
// names from the language's catalog, so the walk survives a new shell.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { catalog as en } from '../../src/i18n/en';
import { PASSPHRASE, axeViolations, createVault, launch, openApp, waitForServiceWorker, type Session } from './harness';
import { dismissNotices } from './journal-helpers';
import { tryEnded, tryFront } from './front-helpers';
import { PSEUDO_WALK, WALKS, bypassing, disguiseNames, englishIn, englishValues, misfits, notFromCatalogs, shownStrings, type LanguageWalk } from './language-helpers';
import { passGate } from './gate-helpers';
import { LANGUAGES, type Lang } from '../../src/i18n/languages';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type Key = keyof typeof en;
const keysLike = (pattern: RegExp) => (Object.keys(en) as Key[]).filter((key) => pattern.test(key));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Starts with the text (names that go on with a count or a name). */
const exactly = (text: string) => new RegExp(`^${escape(text)}`);
/** A catalog message with its {placeholders} (and plural choices, "{n, plural, one {…} other {…}}") filled by anything. */
const filled = (message: string) => new RegExp(message.split(/\{\w+, plural,(?:[^{}]|\{[^{}]*\})*\}|\{\w+\}/).map(escape).join('.+?'));

/** A tab of the navigation landmark, whether the shell draws it as buttons or links. */
const tab = (page: Page, name: string) => {
  const nav = page.getByRole('navigation');
  return nav.getByRole('button', { name, exact: true }).or(nav.getByRole('link', { name, exact: true })).first();
};
/** A button or link by its name (a string is exact; a RegExp for names that carry a count). */
const control = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' }).or(page.getByRole('link', { name, exact: typeof name === 'string' })).first();
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true }).first();

/** Opens what is folded (details, disclosure buttons) so its text is on the screen too. */
async function unfold(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details:not([open])').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  // Handles, not `.all()`'s nth locators: once a button opens, the nth list shifts, and the last
  // locators match nothing and wait out their timeout (21 of them cost 43 s of this walk).
  const buttons = await page.locator('button[aria-expanded="false"]:not(nav button):not(header button):visible').elementHandles();
  for (const button of buttons) {
    if ((await button.getAttribute('aria-expanded').catch(() => null)) !== 'false') continue;
    await button.click({ timeout: 2000 }).catch(() => undefined);
  }
}

const PHONE = { width: 390, height: 844 };
const SMALL = { width: 320, height: 568 };

/** The pseudo-locale build (`vite build --mode pseudo --outDir dist-pseudo`, as `npm run test:e2e` makes it). */
const PSEUDO_DIR = process.env.PSEUDO_OUT_DIR ?? 'dist-pseudo';

/** Serves the pseudo-locale build for its walk; closed with it. */
async function pseudoServer(): Promise<{ baseURL: string; close(): Promise<void> }> {
  if (!existsSync(`${PSEUDO_DIR}/index.html`)) {
    throw new Error(`${PSEUDO_DIR}/ is missing: run \`npx vite build --mode pseudo --outDir ${PSEUDO_DIR}\` first (npm run test:e2e does it).`);
  }
  const { startServer } = await import('../../scripts/serve.mjs');
  const server = await startServer(0, resolve(PSEUDO_DIR));
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

/** What the walk types: the person's own words, shown as typed in any language. */
const TYPED = ['Me llamó seis veces seguidas desde un número nuevo.', 'Contesta o voy a tu casa.', 'Frente a mi trabajo', 'Me esperó en la parada del autobús.', 'Álex', 'Jordana', 'farmacia', 'no es la frase', PASSPHRASE];

/**
 * One language's walk, in its own browser, closed whatever happens. The pseudo-locale's walk is
 * at 320×568 only (its point is what fits) and checks for text that bypasses the catalogs instead
 * of English.
 */
async function walkLanguage(walk: LanguageWalk): Promise<void> {
  const served = walk.pseudo ? await pseudoServer() : undefined;
  const own = await launch({ locale: walk.locale, baseURL: served?.baseURL });
  try {
    const { page } = own;
    const L = walk.catalog;
    const english = walk.pseudo ? [] : englishValues(walk);
    const allowed = walk.pseudo ? notFromCatalogs(TYPED) : [];
    if (walk.pseudo) await page.setViewportSize(SMALL);
    const found: string[] = [];
    const misfit: string[] = [];
    const visited: string[] = [];
    const inaccessible: string[] = [];
    const rtl = LANGUAGES[walk.lang as Lang].dir === 'rtl';
    const check = async (where: string) => {
      await unfold(page);
      const shown = await shownStrings(page);
      expect(shown.length, `${where} shows nothing`).toBeGreaterThan(3);
      if (walk.pseudo) {
        found.push(...bypassing(shown, allowed, where));
        misfit.push(...(await misfits(page)).map((m) => `${where}: ${m}`));
        visited.push(where);
        return;
      }
      found.push(...englishIn(shown, english, where));
      await page.setViewportSize(SMALL);
      misfit.push(...(await misfits(page)).map((m) => `${where}: ${m}`));
      await page.setViewportSize(PHONE);
      // Right to left, every screen and sub-screen the walk visits also passes axe (issue 26: "axe
      // reports no violations in Arabic"), run where the walk already is.
      if (rtl) inaccessible.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
      visited.push(where);
    };

    // First run: the safety screen, setup (and its refusal), and the restore page it can lead to.
    await openApp(page);
    await control(page, L['intro.continue']).waitFor();
    await check('intro');
    await control(page, L['intro.continue']).click();
    await page.getByLabel(L['setup.new'], { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(L['setup.repeat'], { exact: true }).fill(`${PASSPHRASE} no`);
    await control(page, L['setup.create']).click();
    await page.getByRole('alert').filter({ hasText: L['setup.mismatch'] }).waitFor();
    await check('setup, passphrases differ');
    await page.getByLabel(L['setup.repeat'], { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(L['setup.restoreNext']).check();
    await control(page, L['setup.create']).click();
    await heading(page, L['backup.restoreTitle']).waitFor();
    await check('restore a backup');
    await control(page, L['backup.restoreSkip']).click();
    await tab(page, L['nav.journal']).waitFor();
    await waitForServiceWorker(page);
    // Notices come one at a time (issue 14): the storage answer first, then "ready offline".
    await page.locator('.notices [data-persist]').waitFor();
    await check('journal, empty, with the storage notice');
    await page.locator('.notices [data-persist] button').click();
    await page.getByText(L['offline.ready']).waitFor();
    await check('journal, empty, with the offline notice');
    await dismissNotices(page);
    if (LANGUAGES[walk.lang as Lang].dir === 'rtl') {
      // Issue 26: right to left, the whole app mirrors: the first tab at the right, text from the right.
      const layout = await page.evaluate(() => {
        const tabs = [...document.querySelectorAll('nav li')].map((li) => li.getBoundingClientRect());
        const text = getComputedStyle(document.querySelector('#app p')!);
        return { dir: document.documentElement.dir, direction: text.direction, align: text.textAlign, first: tabs[0]!.left, last: tabs[tabs.length - 1]!.left };
      });
      expect(layout).toMatchObject({ dir: 'rtl', direction: 'rtl' });
      expect(['start', 'right']).toContain(layout.align);
      expect(layout.first).toBeGreaterThan(layout.last);
    }

    // Journal: a new entry (and its refusal), the list, an entry, editing, the tools.
    const what = TYPED[0]!;
    await control(page, L['journal.new']).click();
    await page.getByLabel(L['journal.field.what'], { exact: true }).waitFor();
    await control(page, L['journal.save']).click();
    await page.getByRole('alert').filter({ hasText: L['journal.error.whatOrHow'] }).waitFor();
    await check('journal, new entry, refused');
    await page.getByLabel(L['journal.field.what'], { exact: true }).fill(what);
    await page.getByLabel(L['journal.field.exactWords'], { exact: true }).fill('Contesta o voy a tu casa.');
    await page.getByRole('checkbox', { name: L['journal.channel.call'], exact: true }).check();
    await control(page, L['journal.save']).click();
    await page.getByRole('status').filter({ hasText: L['journal.saved'] }).waitFor();
    await check('journal, list after saving');
    await control(page, new RegExp(escape(what))).click();
    await control(page, L['journal.detail.edit']).waitFor();
    await check('journal, an entry');
    await control(page, exactly(L['journal.logAgain'])).click();
    await page.getByText(filled(L['journal.logAgain.done'])).waitFor();
    await check('journal, an entry logged again');
    await control(page, L['journal.detail.edit']).click();
    await heading(page, L['journal.form.editTitle']).waitFor();
    await check('journal, completing an entry');
    await page.getByLabel(L['journal.field.where'], { exact: true }).fill('Frente a mi trabajo');
    await control(page, L['journal.save']).click();
    await page.getByText(filled(L['journal.history.title'])).waitFor();
    await check('journal, an entry with its history');
    await control(page, L['journal.back']).click();
    const tools = [
      ['journal.patterns.open', 'journal.patterns.title'], ['journal.person.open', 'journal.person.title'], ['journal.report.export', 'journal.report.title'],
      ['import.open', 'import.title'], ['journal.order.open', null],
    ] as const;
    for (const [open, title] of tools) {
      // The journal's tools sit behind "Más" (issue 14).
      await control(page, L['journal.tools.more']).click();
      await control(page, L[open]).click();
      // The order's title is the country's own name for it (help data), so its explanation marks it.
      if (title) await heading(page, L[title]).waitFor();
      else await page.getByText(L['journal.order.explain']).waitFor();
      await check(`journal, ${title ? L[title] : L[open]}`);
      await control(page, L['journal.back']).click();
      await control(page, L['journal.new']).waitFor();
    }
    await control(page, L['journal.verify.run']).click();
    await page.getByText(filled(L['journal.verify.okNoShare'])).waitFor();
    await check('journal, records checked');

    // Letters: the list, every template, a letter sent, and the list again.
    await tab(page, L['nav.letters']).click();
    await heading(page, L['letters.title']).waitFor();
    await check('letters');
    for (const key of keysLike(/^letters\.tpl\.[^.]+\.title$/)) {
      await control(page, L[key]).click();
      await heading(page, L[key]).waitFor();
      await check(`letters, ${L[key]}`);
      await control(page, L['letters.back']).click();
      await heading(page, L['letters.templates']).waitFor();
    }
    await control(page, L['letters.tpl.noticeShort.title']).click();
    await page.getByLabel(L['letters.field.recipient'], { exact: true }).fill('Álex');
    await page.getByLabel(L['letters.field.sender'], { exact: true }).fill('Jordana');
    await page.getByRole('status').filter({ hasText: L['letters.draftSaved'] }).or(page.getByText(L['letters.draftSaved'])).first().waitFor();
    await check('letters, a draft');
    await control(page, L['letters.mark.submit']).click();
    await page.getByRole('status').filter({ hasText: L['letters.mark.done'] }).waitFor();
    await check('letters, a sent letter');
    await control(page, L['letters.back']).click();
    await check('letters, with a draft and a sent letter');
    await tab(page, L['nav.journal']).click();
    await control(page, L['journal.new']).click();
    await page.getByLabel(L['journal.field.what'], { exact: true }).fill('Me esperó en la parada del autobús.');
    await control(page, L['journal.save']).click();
    // (Its time is the minute the form opened, so it may not count as after the notice yet.)
    await page.getByText(filled(L['journal.list.noticeLine'])).waitFor();
    await check('journal, after the notice');

    // Safety plan: the overview, every part, the printable copy.
    await tab(page, L['nav.plan']).click();
    await heading(page, L['plan.title']).waitFor();
    await check('safety plan');
    for (const key of keysLike(/^plan\.section\.[^.]+$/)) {
      await control(page, exactly(L[key])).click();
      await heading(page, L[key]).waitFor();
      await check(`safety plan, ${L[key]}`);
      await control(page, L['plan.back']).click();
      await heading(page, L['plan.sections']).waitFor();
    }
    await control(page, L['plan.printView']).click();
    await heading(page, L['plan.printView']).waitFor();
    await check('safety plan, printable');

    // Resources: each part, the blocking help, a new contact (and its refusal).
    await tab(page, L['nav.resources']).click();
    await heading(page, L['resources.title']).waitFor();
    await check('resources, hotlines');
    // Another country's lines (Canada's are provincial, with a note saying so).
    await page.getByLabel(L['resources.region'], { exact: true }).selectOption('ca');
    await page.locator('.country-note').waitFor();
    await check('resources, hotlines in another country');
    await control(page, L['resources.view.steps']).click();
    await page.getByText(L['resources.step.noReply.title']).first().waitFor();
    await check('resources, step by step');
    await control(page, L['resources.view.contacts']).click();
    await heading(page, L['resources.view.contacts']).waitFor();
    await check('resources, my contacts');
    await control(page, L['resources.contact.add']).click();
    await control(page, L['resources.contact.save']).click();
    await page.getByRole('alert').filter({ hasText: L['resources.contact.error.nameMissing'] }).waitFor();
    await check('resources, a new contact, refused');

    // Settings: the page, its panels and refusals, what the app leaves, a disguise practice.
    await tab(page, L['nav.settings']).click();
    await heading(page, L['settings.title']).waitFor();
    await check('settings');
    await control(page, L['backup.export']).click();
    await page.getByRole('alert').filter({ hasText: L['backup.needCurrent'] }).waitFor();
    await control(page, L['erase.start']).click();
    await page.getByLabel(filled(L['erase.type'])).waitFor();
    await control(page, L['duress.enable']).click();
    await page.getByRole('alert').filter({ hasText: L['duress.wrong'] }).or(page.getByRole('alert').filter({ hasText: filled(L['setup.tooShort']) })).first().waitFor();
    await check('settings, export and duress refused, erase open');
    await control(page, L['disguise.leaves.title']).click();
    await heading(page, L['disguise.leaves.title']).waitFor();
    await check('settings, what this app leaves');
    await control(page, L['disguise.leaves.back']).click();
    await heading(page, L['settings.title']).waitFor();
    await control(page, exactly(L['disguise.practice.start'].split('{name}')[0]!)).click();
    await control(page, L['disguise.practice.end']).waitFor();
    await check('settings, a disguise practice');
    await control(page, L['disguise.practice.end']).click();

    // The lock screen, and its refusal.
    await control(page, L['shell.lock']).click();
    await page.getByLabel(L['lock.passphrase'], { exact: true }).waitFor();
    await check('lock screen');
    await page.getByLabel(L['lock.passphrase'], { exact: true }).fill('no es la frase');
    await control(page, L['lock.unlock']).click();
    await page.getByRole('alert').filter({ hasText: L['lock.wrong'] }).waitFor();
    await check('lock screen, wrong passphrase');
    await page.getByLabel(L['lock.passphrase'], { exact: true }).fill(PASSPHRASE);
    await control(page, L['lock.unlock']).click();
    await tab(page, L['nav.journal']).waitFor();
    await check('journal, after unlocking');

    // The disguises' lock screens: the front, a try that finds nothing, and getting in.
    // The disguises wear the language's names, as its phones name their own apps (Notas, El tiempo).
    const names = disguiseNames(walk.lang);
    for (const [disguise, search] of [[names.notes, L['front.notes.search']], [names.weather, L['front.weather.search']]] as const) {
      await tab(page, L['nav.settings']).click();
      await page.getByRole('radio', { name: disguise, exact: true }).check();
      await passGate(page, PASSPHRASE, { title: L['gate.title'], field: L['gate.label'], button: L['gate.confirm'] });
      await page.getByRole('status').filter({ hasText: filled(L['disguise.chosen']) }).waitFor();
      await check(`settings, dressed as ${disguise}`);
      await control(page, L['shell.lock']).click();
      await page.getByRole('searchbox', { name: search }).waitFor();
      await check(`lock screen, ${disguise}`);
      await tryFront(page, search, 'farmacia');
      await tryEnded(page);
      await check(`lock screen, ${disguise}, a search`);
      await tryFront(page, search, PASSPHRASE);
      await tab(page, L['nav.journal']).waitFor();
    }

    expect(visited.length).toBeGreaterThan(30);
    // All three at once, so one run reports every kind of failure.
    expect({ found, misfit, inaccessible }, walk.pseudo ? 'pseudo' : walk.lang).toEqual({ found: [], misfit: [], inaccessible: [] });
  } finally {
    await own.close();
    await served?.close();
  }
}

// Walks two at a time, each in its own browser: most of a walk is waiting on the page, so two
// share the two cores well (the four one after another took 3–4 of CI's 25 minutes). Arabic's,
// with axe on every screen, is the longest, so it starts first and has a lane to itself while the
// other lane takes es, fr, pt and the pseudo-locale one after another: no lane waits on the other.
const QUEUE: LanguageWalk[] = [...WALKS.filter((w) => w.lang === 'ar'), ...WALKS.filter((w) => w.lang !== 'ar'), PSEUDO_WALK];
const LANES = 2;
describe('every language', () => {
  const names = QUEUE.map((w) => (w.pseudo ? 'the pseudo-locale' : w.lang));
  it(`shows no English on any screen in ${names.join(', ')}, and everything fits at 320 px`, async () => {
    const queue = [...QUEUE];
    const failures: unknown[] = [];
    await Promise.all(Array.from({ length: LANES }, async () => {
      // A failed walk is reported, and its lane goes on: one run tells about every language.
      for (let walk = queue.shift(); walk; walk = queue.shift()) await walkLanguage(walk).catch((error: unknown) => failures.push(error));
    }));
    for (const later of failures.slice(1)) console.error('another walk failed too:', later);
    if (failures.length) throw failures[0];
  }, 600_000);
});

describe('switching language', () => {

  it('shows a note made before switching language in the new language', async () => {
    const ES = WALKS.find((w) => w.lang === 'es')!.catalog;
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await tab(page, en['nav.settings']).click();
    await page.getByLabel(en['settings.idle']).selectOption('15');
    await passGate(page);
    const saved = page.getByRole('status').filter({ hasText: en['common.saved'] });
    await saved.waitFor();
    const region = (await saved.elementHandle())!;
    await page.getByLabel(en['shell.language']).selectOption('es');
    await heading(page, ES['settings.title']).waitFor();
    // The same live region, now in Spanish: nothing of it stayed in English.
    await expect.poll(() => region.textContent(), { timeout: 5000 }).toBe(ES['common.saved']);
    expect(await page.getByText(en['common.saved'], { exact: true }).count()).toBe(0);
  });
});
