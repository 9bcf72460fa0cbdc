// Safety plan, step guide and help resources in the browser: kept through a lock, offline,
// printable with a neutral file name, in Spanish, and accessible.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { axeViolations, createVault, foreignRequests, launch, unlock, waitForServiceWorker, type Session, chooseLanguage } from './harness';
import { dismissNotices } from './journal-helpers';
import type { Page } from 'playwright-core';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SAFETY_EN = 'If you feel unsafe, trust that feeling — call 911.';
const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });
const realErrors = (s: Session) => s.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'));

/** A fresh vault, with the install-time notices (offline ready, storage) dismissed so they cover nothing. */
async function start(page: Page) {
  await createVault(page);
  await waitForServiceWorker(page);
  await dismissNotices(page, { offlineReady: true });
}

const checkbox = (page: Page, name: string | RegExp) => page.getByRole('checkbox', { name, exact: typeof name === 'string' });

async function lockAndUnlock(page: Page) {
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('Passphrase', { exact: true }).waitFor();
  await unlock(page);
}

describe('safety plan', () => {
  it('fills a section (tick, edit, add, notes, contact), and finds it all again after lock and unlock', async () => {
    session = await launch();
    const { page } = session;
    await start(page);
    await nav(page, 'Safety plan').click();
    await page.getByRole('heading', { level: 1, name: 'Safety plan' }).waitFor();
    expect(await page.locator('.safety-line').innerText()).toBe(SAFETY_EN);
    expect(await page.getByRole('link', { name: 'call 911' }).getAttribute('href')).toBe('tel:911');
    await page.getByRole('button', { name: /^My people/ }).click();
    await page.getByRole('heading', { level: 2, name: 'My people' }).waitFor();

    await checkbox(page, 'Agree on a code word with them that means “call for help”.').check();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor({ state: 'attached' });
    await page.getByLabel('New action', { exact: true }).fill('Ask Dana to check in at 9 pm');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await checkbox(page, 'Ask Dana to check in at 9 pm').check();
    await page.getByRole('button', { name: /^Edit “Choose people you trust/ }).click();
    await page.getByLabel('Action', { exact: true }).fill('Mum, Dana and my sister');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await checkbox(page, 'Mum, Dana and my sister').waitFor();
    // Empty words are refused and change nothing.
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Write the action first' }).waitFor();

    await page.getByLabel('Notes', { exact: true }).fill('Code word: pineapple');
    await page.getByLabel('Notes', { exact: true }).blur();
    await page.getByRole('status').filter({ hasText: 'Notes saved.' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Dana');
    await page.getByLabel('Phone number').fill('(555) 010-0199');
    await page.getByRole('button', { name: 'Save contact' }).click();
    expect(await page.getByRole('link', { name: 'Call Dana' }).getAttribute('href')).toBe('tel:5550100199');
    expect(await page.getByRole('link', { name: 'Text Dana' }).getAttribute('href')).toBe('sms:5550100199');
    await page.getByText('2 of 6 done').waitFor();

    await lockAndUnlock(page);
    await nav(page, 'Safety plan').click();
    await page.getByRole('button', { name: 'My people 2 of 6 done' }).waitFor();
    await page.getByText('2 of 52 actions done (4%)').waitFor();
    await page.getByRole('button', { name: /^My people/ }).click();
    expect(await checkbox(page, 'Agree on a code word with them that means “call for help”.').isChecked()).toBe(true);
    expect(await checkbox(page, 'Ask Dana to check in at 9 pm').isChecked()).toBe(true);
    expect(await checkbox(page, 'Mum, Dana and my sister').isChecked()).toBe(false);
    expect(await page.getByLabel('Notes', { exact: true }).inputValue()).toBe('Code word: pineapple');
    expect(await page.getByRole('link', { name: 'Call Dana' }).getAttribute('href')).toBe('tel:5550100199');
    expect(foreignRequests(session)).toEqual([]);
    expect(realErrors(session)).toEqual([]);
  });

  it('renders a print view and downloads it under a neutral name', async () => {
    session = await launch();
    const { page } = session;
    await start(page);
    await nav(page, 'Safety plan').click();
    await page.getByRole('button', { name: /^In an emergency/ }).click();
    await checkbox(page, /^Pack a bag/).check();
    await page.getByLabel('Notes', { exact: true }).fill('Bag is at Sam’s <flat>');
    await page.getByRole('button', { name: 'Next: At home' }).click();
    await page.getByRole('heading', { level: 2, name: 'At home' }).waitFor();
    await page.getByRole('button', { name: 'All parts of the plan' }).first().click();
    await page.getByRole('button', { name: 'Printable version' }).click();

    const doc = page.getByRole('article', { name: 'Printable version' });
    await doc.waitFor();
    await doc.getByRole('heading', { name: 'In an emergency' }).waitFor();
    expect(await doc.getByRole('listitem').filter({ hasText: 'Pack a bag' }).innerText()).toMatch(/^☑ Pack a bag/);
    expect(await doc.getByText('Bag is at Sam’s <flat>').count()).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await doc.isVisible()).toBe(true);
    for (const hidden of ['nav', '.topbar', '.safety-line', '#quick-exit']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a web page' }).click()]);
    expect(html.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.html$/);
    const htmlText = readFileSync((await html.path())!, 'utf8');
    expect(htmlText).toContain('Bag is at Sam’s &lt;flat&gt;');
    expect(htmlText).toContain('☑ Pack a bag');
    expect(htmlText).not.toContain('<script');
    const [txt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as text' }).click()]);
    expect(txt.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(readFileSync((await txt.path())!, 'utf8')).toContain('[x] Pack a bag');
    await page.getByRole('status').filter({ hasText: /Downloaded “notes-/ }).waitFor();
    expect(foreignRequests(session)).toEqual([]);
    expect(realErrors(session)).toEqual([]);
  });
});

describe('help resources', () => {
  it('offline, shows each country’s lines (emergency first, with source, date and operator page), and remembers the country', async () => {
    session = await launch();
    const { page, context } = session;
    await start(page);
    await context.setOffline(true);
    await page.reload();
    await unlock(page);
    await nav(page, 'Resources').click();
    await page.getByRole('heading', { level: 2, name: 'Help lines' }).waitFor();
    const href = (name: string) => page.getByRole('link', { name, exact: true }).getAttribute('href');
    const cards = page.locator('.hotlines > li');
    const country = page.getByRole('combobox', { name: 'Country' });
    expect(await href('Call 911')).toBe('tel:911');
    expect(await href('Call 1-800-799-7233')).toBe('tel:+18007997233');
    expect(await href('Text START to 88788')).toBe('sms:88788?body=START');
    const operator = page.getByRole('link', { name: 'Confirm on thehotline.org' }).first();
    expect(await operator.getAttribute('target')).toBe('_blank');
    expect(await operator.getAttribute('rel')).toBe('noreferrer noopener');
    await cards.nth(1).getByText('Checked Jan 20, 2022 — ovc.ojp.gov').waitFor();
    await page.getByText(/Calls and texts from this phone show in its call log/).first().waitFor();
    await page.getByText(/^Only lines confirmed by two recent sources/).waitFor();
    expect(await page.locator('.safety-line').innerText()).toBe(SAFETY_EN);

    // France: its emergency number first, then 3919, a short code callable only from inside France.
    await country.selectOption({ label: 'France' });
    expect(await cards.first().locator('a.button').getAttribute('href')).toBe('tel:17');
    expect(await cards.first().getByRole('heading').innerText()).toMatch(/^Police and gendarmerie/);
    expect(await href('Call 3919')).toBe('tel:3919');
    await cards.nth(1).getByText('Checked November 2023 — tf1info.fr').waitFor();
    await cards.nth(1).getByText('Only from a phone in France.').waitFor();
    expect(await cards.nth(1).getByRole('link', { name: 'Confirm on solidaritefemmes.org' }).getAttribute('href')).toBe('https://www.solidaritefemmes.org/appeler-le-3919');
    // Canada: no national line, and the app says so.
    await country.selectOption({ label: 'Canada' });
    await page.getByText(/^Canada has no national domestic-violence line/).waitFor();
    expect(await cards.count()).toBe(1);
    expect(await href('Call 9-1-1')).toBe('tel:911');

    await country.selectOption('uk');
    expect(await href('Call 0808 802 0300')).toBe('tel:+448088020300');
    expect(await page.locator('.safety-line').innerText()).toBe('If you feel unsafe, trust that feeling — call 999.');
    await page.getByRole('button', { name: 'My contacts' }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Rosa');
    await page.getByLabel('Who they are').selectOption('advocate');
    await page.getByLabel('Phone number').fill('call me');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByRole('alert').filter({ hasText: 'does not look right' }).waitFor();
    await page.getByLabel('Phone number').fill('+44 20 7946 0000');
    await page.getByRole('button', { name: 'Save contact' }).click();
    expect(await href('Call Rosa')).toBe('tel:+442079460000');

    await lockAndUnlock(page);
    await nav(page, 'Resources').click();
    // The saved choice is read from the vault after the screen opens; wait for it, do not race it.
    await expect.poll(() => page.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('uk');
    expect(await href('Call 999')).toBe('tel:999');
    await page.getByRole('button', { name: 'My contacts' }).click();
    expect(await href('Call Rosa')).toBe('tel:+442079460000');
    expect(foreignRequests(session)).toEqual([]);
    expect(realErrors(session)).toEqual([]);
  });

  it('guides through the steps, links to where Daybook helps, and remembers progress', async () => {
    session = await launch();
    const { page } = session;
    await start(page);
    await nav(page, 'Resources').click();
    await page.getByRole('button', { name: 'Step by step' }).click();
    await checkbox(page, 'Stop responding.').check();
    await page.getByText('1 of 9 steps done').waitFor();
    await page.getByText('Next step: Tell them once').waitFor();
    await page.getByRole('button', { name: 'Write the no-contact letter' }).click();
    expect(await nav(page, 'Letters').getAttribute('aria-current')).toBe('page');
    // The link opens the no-contact template itself, not just the letters list.
    await page.getByRole('heading', { level: 1, name: 'Short no-contact notice' }).waitFor();

    await nav(page, 'Safety plan').click();
    await page.getByRole('button', { name: /^Phone, accounts and technology/ }).click();
    await page.getByRole('button', { name: 'How to block on Android and iPhone' }).click();
    expect(await nav(page, 'Resources').getAttribute('aria-current')).toBe('page');
    await page.getByText(/“Block this Caller”/).first().waitFor();
    expect(await page.locator('details.block-help').getAttribute('open')).not.toBeNull();
    expect(await page.locator('.safety-line').innerText()).toBe(SAFETY_EN);

    await lockAndUnlock(page);
    await nav(page, 'Resources').click();
    await page.getByRole('button', { name: 'Step by step' }).click();
    expect(await checkbox(page, 'Stop responding.').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Legal part of the plan' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Legal steps' }).waitFor();
  });
});

describe('language and accessibility', () => {
  it('shows Spanish in Spanish', async () => {
    session = await launch();
    const { page } = session;
    await start(page);
    await chooseLanguage(page, 'es');
    await nav(page, 'Plan de seguridad').click();
    await page.getByRole('heading', { level: 1, name: 'Plan de seguridad' }).waitFor();
    await page.getByRole('button', { name: /^Mi gente/ }).click();
    await checkbox(page, 'Acuerda con ellas una palabra clave que signifique «pide ayuda».').waitFor();
    expect(await page.locator('.safety-line').innerText()).toBe('Si sientes que estás en peligro, confía en esa sensación: llama al 911.');
    await nav(page, 'Recursos').click();
    await page.getByRole('heading', { level: 3, name: 'Línea Nacional sobre la Violencia Doméstica', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Llamar al 1-800-799-7233' }).getAttribute('href')).toBe('tel:+18007997233');
    await page.getByText(/Comprobado: 20 ene 2022 — ovc\.ojp\.gov/).first().waitFor();
    await page.getByRole('combobox', { name: 'País' }).waitFor();
    await page.getByRole('button', { name: 'Paso a paso' }).click();
    await checkbox(page, 'Deja de responder.').waitFor();
  });

  it('has no axe violations on the plan and resources screens', async () => {
    session = await launch();
    const { page } = session;
    await start(page);
    await nav(page, 'Safety plan').click();
    await page.getByRole('button', { name: /^My people/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^My people/ }).click();
    await page.getByRole('button', { name: 'Add contact' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await nav(page, 'Resources').click();
    await page.getByRole('link', { name: 'Call 911', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Step by step' }).click();
    await checkbox(page, 'Stop responding.').waitFor();
    await page.locator('details.block-help summary').click();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });
});
