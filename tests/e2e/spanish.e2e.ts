// Spanish everywhere: a walk through every screen and sub-screen of a Spanish vault finds no
// English catalog value shown; a note shown before a language switch follows the switch.
// Screens are found by their accessible names from the catalog, so the walk survives a new shell.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { catalog as en } from '../../src/i18n/en';
import { PASSPHRASE, createVault, launch, openApp, waitForServiceWorker, type Session } from './harness';
import { dismissNotices } from './journal-helpers';
import { tryEnded, tryFront } from './front-helpers';
import { ES, englishIn, englishValues, shownStrings } from './spanish-helpers';
import { passGate } from './gate-helpers';

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
  for (const button of await page.locator('button[aria-expanded="false"]:not(nav button):not(header button):visible').all()) {
    await button.click({ timeout: 2000 }).catch(() => undefined);
  }
}

describe('Spanish', () => {
  it('shows no English string on any screen of a Spanish vault', async () => {
    session = await launch({ locale: 'es-ES' });
    const { page } = session;
    const english = englishValues();
    const found: string[] = [];
    const visited: string[] = [];
    const check = async (where: string) => {
      await unfold(page);
      const shown = await shownStrings(page);
      expect(shown.length, `${where} shows nothing`).toBeGreaterThan(3);
      found.push(...englishIn(shown, english, where));
      visited.push(where);
    };

    // First run: the safety screen, setup (and its refusal), and the restore page it can lead to.
    await openApp(page);
    await control(page, ES['intro.continue']).waitFor();
    await check('intro');
    await control(page, ES['intro.continue']).click();
    await page.getByLabel(ES['setup.new'], { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(ES['setup.repeat'], { exact: true }).fill(`${PASSPHRASE} no`);
    await control(page, ES['setup.create']).click();
    await page.getByRole('alert').filter({ hasText: ES['setup.mismatch'] }).waitFor();
    await check('setup, passphrases differ');
    await page.getByLabel(ES['setup.repeat'], { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(ES['setup.restoreNext']).check();
    await control(page, ES['setup.create']).click();
    await heading(page, ES['backup.restoreTitle']).waitFor();
    await check('restore a backup');
    await control(page, ES['backup.restoreSkip']).click();
    await tab(page, ES['nav.journal']).waitFor();
    await waitForServiceWorker(page);
    // Notices come one at a time (issue 14): the storage answer first, then "ready offline".
    await page.locator('.notices [data-persist]').waitFor();
    await check('journal, empty, with the storage notice');
    await page.locator('.notices [data-persist] button').click();
    await page.getByText(ES['offline.ready']).waitFor();
    await check('journal, empty, with the offline notice');
    await dismissNotices(page);

    // Journal: a new entry (and its refusal), the list, an entry, editing, the tools.
    const what = 'Me llamó seis veces seguidas desde un número nuevo.';
    await control(page, ES['journal.new']).click();
    await page.getByLabel(ES['journal.field.what'], { exact: true }).waitFor();
    await control(page, ES['journal.save']).click();
    await page.getByRole('alert').filter({ hasText: ES['journal.error.whatOrHow'] }).waitFor();
    await check('journal, new entry, refused');
    await page.getByLabel(ES['journal.field.what'], { exact: true }).fill(what);
    await page.getByLabel(ES['journal.field.exactWords'], { exact: true }).fill('Contesta o voy a tu casa.');
    await page.getByRole('checkbox', { name: ES['journal.channel.call'], exact: true }).check();
    await control(page, ES['journal.save']).click();
    await page.getByRole('status').filter({ hasText: ES['journal.saved'] }).waitFor();
    await check('journal, list after saving');
    await control(page, new RegExp(escape(what))).click();
    await control(page, ES['journal.detail.edit']).waitFor();
    await check('journal, an entry');
    await control(page, exactly(ES['journal.logAgain'])).click();
    await page.getByText(filled(ES['journal.logAgain.done'])).waitFor();
    await check('journal, an entry logged again');
    await control(page, ES['journal.detail.edit']).click();
    await heading(page, ES['journal.form.editTitle']).waitFor();
    await check('journal, completing an entry');
    await page.getByLabel(ES['journal.field.where'], { exact: true }).fill('Frente a mi trabajo');
    await control(page, ES['journal.save']).click();
    await page.getByText(filled(ES['journal.history.title'])).waitFor();
    await check('journal, an entry with its history');
    await control(page, ES['journal.back']).click();
    for (const [open, title] of [['journal.patterns.open', 'journal.patterns.title'], ['journal.person.open', 'journal.person.title'], ['journal.report.export', 'journal.report.title']] as const) {
      // The journal's tools sit behind "Más" (issue 14).
      await control(page, ES['journal.tools.more']).click();
      await control(page, ES[open]).click();
      await heading(page, ES[title]).waitFor();
      await check(`journal, ${ES[title]}`);
      await control(page, ES['journal.back']).click();
      await control(page, ES['journal.new']).waitFor();
    }
    await control(page, ES['journal.verify.run']).click();
    await page.getByText(filled(ES['journal.verify.okNoShare'])).waitFor();
    await check('journal, records checked');

    // Letters: the list, every template, a letter sent, and the list again.
    await tab(page, ES['nav.letters']).click();
    await heading(page, ES['letters.title']).waitFor();
    await check('letters');
    for (const key of keysLike(/^letters\.tpl\.[^.]+\.title$/)) {
      await control(page, ES[key]).click();
      await heading(page, ES[key]).waitFor();
      await check(`letters, ${ES[key]}`);
      await control(page, ES['letters.back']).click();
      await heading(page, ES['letters.templates']).waitFor();
    }
    await control(page, ES['letters.tpl.noticeShort.title']).click();
    await page.getByLabel(ES['letters.field.recipient'], { exact: true }).fill('Álex');
    await page.getByLabel(ES['letters.field.sender'], { exact: true }).fill('Jordana');
    await page.getByRole('status').filter({ hasText: ES['letters.draftSaved'] }).or(page.getByText(ES['letters.draftSaved'])).first().waitFor();
    await check('letters, a draft');
    await control(page, ES['letters.mark.submit']).click();
    await page.getByRole('status').filter({ hasText: ES['letters.mark.done'] }).waitFor();
    await check('letters, a sent letter');
    await control(page, ES['letters.back']).click();
    await check('letters, with a draft and a sent letter');
    await tab(page, ES['nav.journal']).click();
    await control(page, ES['journal.new']).click();
    await page.getByLabel(ES['journal.field.what'], { exact: true }).fill('Me esperó en la parada del autobús.');
    await control(page, ES['journal.save']).click();
    // (Its time is the minute the form opened, so it may not count as after the notice yet.)
    await page.getByText(filled(ES['journal.list.noticeLine'])).waitFor();
    await check('journal, after the notice');

    // Safety plan: the overview, every part, the printable copy.
    await tab(page, ES['nav.plan']).click();
    await heading(page, ES['plan.title']).waitFor();
    await check('safety plan');
    for (const key of keysLike(/^plan\.section\.[^.]+$/)) {
      await control(page, exactly(ES[key])).click();
      await heading(page, ES[key]).waitFor();
      await check(`safety plan, ${ES[key]}`);
      await control(page, ES['plan.back']).click();
      await heading(page, ES['plan.sections']).waitFor();
    }
    await control(page, ES['plan.printView']).click();
    await heading(page, ES['plan.printView']).waitFor();
    await check('safety plan, printable');

    // Resources: each part, the blocking help, a new contact (and its refusal).
    await tab(page, ES['nav.resources']).click();
    await heading(page, ES['resources.title']).waitFor();
    await check('resources, hotlines');
    await control(page, ES['resources.view.steps']).click();
    await page.getByText(ES['resources.step.noReply.title']).first().waitFor();
    await check('resources, step by step');
    await control(page, ES['resources.view.contacts']).click();
    await heading(page, ES['resources.view.contacts']).waitFor();
    await check('resources, my contacts');
    await control(page, ES['resources.contact.add']).click();
    await control(page, ES['resources.contact.save']).click();
    await page.getByRole('alert').filter({ hasText: ES['resources.contact.error.nameMissing'] }).waitFor();
    await check('resources, a new contact, refused');

    // Settings: the page, its panels and refusals, what the app leaves, a disguise practice.
    await tab(page, ES['nav.settings']).click();
    await heading(page, ES['settings.title']).waitFor();
    await check('settings');
    await control(page, ES['backup.export']).click();
    await page.getByRole('alert').filter({ hasText: ES['backup.needCurrent'] }).waitFor();
    await control(page, ES['erase.start']).click();
    await page.getByLabel(filled(ES['erase.type'])).waitFor();
    await control(page, ES['duress.enable']).click();
    await page.getByRole('alert').filter({ hasText: ES['duress.wrong'] }).or(page.getByRole('alert').filter({ hasText: filled(ES['setup.tooShort']) })).first().waitFor();
    await check('settings, export and duress refused, erase open');
    await control(page, ES['disguise.leaves.title']).click();
    await heading(page, ES['disguise.leaves.title']).waitFor();
    await check('settings, what this app leaves');
    await control(page, ES['disguise.leaves.back']).click();
    await heading(page, ES['settings.title']).waitFor();
    await control(page, exactly(ES['disguise.practice.start'].split('{name}')[0]!)).click();
    await control(page, ES['disguise.practice.end']).waitFor();
    await check('settings, a disguise practice');
    await control(page, ES['disguise.practice.end']).click();

    // The lock screen, and its refusal.
    await control(page, ES['shell.lock']).click();
    await page.getByLabel(ES['lock.passphrase'], { exact: true }).waitFor();
    await check('lock screen');
    await page.getByLabel(ES['lock.passphrase'], { exact: true }).fill('no es la frase');
    await control(page, ES['lock.unlock']).click();
    await page.getByRole('alert').filter({ hasText: ES['lock.wrong'] }).waitFor();
    await check('lock screen, wrong passphrase');
    await page.getByLabel(ES['lock.passphrase'], { exact: true }).fill(PASSPHRASE);
    await control(page, ES['lock.unlock']).click();
    await tab(page, ES['nav.journal']).waitFor();
    await check('journal, after unlocking');

    // The disguises' lock screens: the front, a try that finds nothing, and getting in.
    // The disguises keep their Spanish names here, as on the phone's home screen (Notas, El tiempo).
    for (const [disguise, search] of [['Notas', ES['front.notes.search']], ['El tiempo', ES['front.weather.search']]] as const) {
      await tab(page, ES['nav.settings']).click();
      await page.getByRole('radio', { name: disguise, exact: true }).check();
      await passGate(page, PASSPHRASE, { title: ES['gate.title'], field: ES['gate.label'], button: ES['gate.confirm'] });
      await page.getByRole('status').filter({ hasText: filled(ES['disguise.chosen']) }).waitFor();
      await check(`settings, dressed as ${disguise}`);
      await control(page, ES['shell.lock']).click();
      await page.getByRole('searchbox', { name: search }).waitFor();
      await check(`lock screen, ${disguise}`);
      await tryFront(page, search, 'farmacia');
      await tryEnded(page);
      await check(`lock screen, ${disguise}, a search`);
      await tryFront(page, search, PASSPHRASE);
      await tab(page, ES['nav.journal']).waitFor();
    }

    expect(visited.length).toBeGreaterThan(30);
    expect(found).toEqual([]);
  }, 300_000);

  it('shows a note made before switching language in the new language', async () => {
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
