// Boundary letters in the browser: compose a notice naming the chosen channels, mark it sent
// with proof, and see later journal entries marked "after notice"; the tone check, Spanish
// letters, drafts kept encrypted, sending by download and clipboard, and refusing bad input.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSPHRASE, axeViolations, createVault, foreignRequests, launch, scanProfile, skipDisguiseStep, unlock, waitForServiceWorker, type Session } from './harness';
import { dismissNotices, journalTool } from './journal-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const CHANNEL_LABELS = ['Calls', 'Texts', 'Email', 'Social media', 'In person', 'At my home', 'At work or school', 'Through other people', 'Gifts'];

const pad = (n: number) => String(n).padStart(2, '0');
function localInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A fresh vault, with the install-time banners (offline ready, storage) dismissed so they cover nothing. */
async function start(page: Page): Promise<void> {
  await createVault(page);
  await waitForServiceWorker(page);
  await dismissNotices(page, { offlineReady: true });
}

async function openLetters(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Letters' }).click();
  await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
}

async function chooseChannels(page: Page, chosen: string[]): Promise<void> {
  for (const label of CHANNEL_LABELS) await page.getByLabel(label, { exact: true }).setChecked(chosen.includes(label));
}

const preview = (page: Page) => page.getByTestId('letter-preview');


/** axe on the current screen, in light and dark. */
async function expectAccessible(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
}

describe('boundary letters', () => {
  it('composes a notice naming the chosen channels, marks it sent, and later journal entries are "after notice"', async () => {
    session = await launch();
    const { page } = session;
    await start(page);
    await openLetters(page);
    await page.getByRole('button', { name: 'Short no-contact notice', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Short no-contact notice' }).waitFor();
    await page.getByLabel('To (their name)').fill('Alex');
    await page.getByLabel('Your name', { exact: true }).fill('Jordan');
    await chooseChannels(page, ['Calls', 'Texts', 'Email']);
    await expect.poll(() => preview(page).textContent()).toContain('This includes calls, texts and email.');
    const text = (await preview(page).textContent())!;
    expect(text).toMatch(/^Alex,/);
    expect(text).not.toMatch(/[{}[\]]/);
    expect(text).not.toContain('social media');
    await page.getByText('Nothing to change').waitFor();
    // The email link carries the same text.
    const mailto = await page.getByRole('link', { name: 'Open in email' }).getAttribute('href');
    expect(decodeURIComponent(mailto!)).toContain('This includes calls, texts and email.');

    // Sent an hour ago, by email, with a screenshot as proof.
    const sentAt = Date.now() - 60 * 60_000;
    await page.getByLabel('When you sent it').fill(localInput(sentAt));
    await page.getByLabel('How you sent it').selectOption({ label: 'Email' });
    await page.getByLabel('Add proof (optional)').setInputFiles({ name: 'sent-email.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as sent.' }).waitFor();
    await page.getByText('Recorded in the journal as a no-contact notice.').waitFor();
    await page.getByText(/SHA-256 fingerprint: [0-9a-f]{64}/).waitFor();
    expect(await page.getByRole('button', { name: 'Mark as sent' }).count()).toBe(0); // read-only now
    expect(await page.getByLabel('To (their name)').count()).toBe(0);
    expect(await preview(page).textContent()).toBe(text);

    // It is listed as sent.
    await page.getByRole('button', { name: 'All letters' }).click();
    await page.getByRole('button', { name: 'Sent: Short no-contact notice, to Alex' }).waitFor();
    await page.getByText(/Notice sent .*after notice/).waitFor();

    // A journal entry after the notice is marked "after notice", in the list and in the report.
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('When', { exact: true }).fill(localInput(Date.now() - 5 * 60_000));
    await page.getByLabel('What happened').fill('Called three times from a new number.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const entry = page.getByRole('button', { name: /Called three times from a new number/ });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('After notice');
    // The notice itself is in the journal, and is not "after" itself.
    const notice = page.getByRole('button', { name: /Short no-contact notice/ });
    expect(await notice.count()).toBe(1);
    expect(await notice.textContent()).not.toContain('After notice');
    await journalTool(page, 'Export report');
    const reported = page.getByRole('article').filter({ hasText: 'Called three times from a new number.' }).last();
    await reported.waitFor();
    expect(await reported.textContent()).toContain('After notice');

    expect(foreignRequests(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('flags what advocates advise against, in English and Spanish, and suggests firmer words', async () => {
    session = await launch();
    const { page } = session;
    await start(page);
    await openLetters(page);
    await page.getByRole('button', { name: 'Formal no-contact notice', exact: true }).click();
    await page.getByLabel('Language of the letter').selectOption('es');
    await page.getByLabel('To (their name)').fill('Alex');
    await page.getByLabel('Your name', { exact: true }).fill('Jordan');
    await chooseChannels(page, ['Calls', 'Texts', 'Email']);
    await expect.poll(() => preview(page).textContent()).toContain('Esto incluye llamadas, mensajes de texto y correo electrónico.');
    await page.getByText('Nothing to change').waitFor();

    await page.getByRole('button', { name: 'Edit the wording' }).click();
    const body = page.getByLabel('Letter text');
    expect(await body.evaluate((el) => el === document.activeElement)).toBe(true);
    await body.fill(`${await body.inputValue()}\n\nLo siento. ¿Podemos hablar por ahora?`);
    await page.getByRole('status').filter({ hasText: 'Things to look at: 4' }).waitFor();
    const flags = page.locator('.tone-flag');
    await expect.poll(() => flags.allTextContents()).toEqual([
      expect.stringContaining('Apology'), expect.stringContaining('Question'),
      expect.stringContaining('Invites a reply'), expect.stringContaining('Sounds like a second chance'),
    ]);
    // Why, in the app's language; the firmer words in the letter's language.
    const apology = flags.filter({ hasText: 'Apology' });
    expect(await apology.textContent()).toContain('An apology suggests you did something wrong');
    expect(await apology.locator('[lang="es"]').last().textContent()).toContain('«No vuelvas a contactarme»');

    // Back to the template wording: the flags go.
    await page.getByRole('button', { name: 'Go back to the template wording' }).click();
    await page.getByRole('button', { name: 'Replace' }).click();
    await page.getByText('Nothing to change').waitFor();
    expect(await preview(page).textContent()).not.toContain('Lo siento');
  });

  it('keeps drafts encrypted across a lock, lets them be deleted, and refuses to send an incomplete letter', async () => {
    session = await launch({ persistent: true });
    const { page } = session;
    await start(page);
    await openLetters(page);
    await page.getByRole('button', { name: 'Note to friends and family', exact: true }).click();
    // Nothing filled in: every way out stops and says what is missing, and changes nothing.
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByRole('alert').filter({ hasText: 'Fill in the missing details first: To (first name), Name of the person contacting you, Your name.' }).waitFor();
    await page.getByRole('button', { name: 'Download as text file' }).click();
    await page.getByRole('region', { name: 'Send it' }).getByRole('alert').filter({ hasText: 'Fill in the missing details first' }).waitFor();
    expect(await preview(page).textContent()).toContain('[To (first name)]');

    await page.getByLabel('To (first name)').fill('Riley');
    await page.getByLabel('Name of the person contacting you').fill('Quentin Marker-Zebra');
    await page.getByLabel('Your name', { exact: true }).fill('Jordan');
    await page.getByText('Draft saved.').waitFor();
    await page.getByRole('button', { name: 'All letters' }).click();
    await page.getByRole('button', { name: 'Draft: Note to friends and family, to Riley' }).waitFor();

    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page, PASSPHRASE);
    await dismissNotices(page);
    await openLetters(page);
    await page.getByRole('button', { name: 'Draft: Note to friends and family, to Riley' }).click();
    expect(await page.getByLabel('Name of the person contacting you').inputValue()).toBe('Quentin Marker-Zebra');
    expect(await preview(page).textContent()).toContain('do not tell Quentin Marker-Zebra where I am');

    // Download: a neutral name, the letter's text.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as text file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^note-\d{4}-\d{2}-\d{2}\.txt$/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(await preview(page).textContent());

    await page.getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Draft deleted.' }).waitFor();
    await page.getByText('No letters yet.').waitFor();

    // Nothing typed is readable in the profile.
    await page.getByRole('navigation').getByRole('button', { name: 'Letters' }).waitFor();
    const { profileDir } = session;
    await session.close({ keepProfile: true });
    session = undefined;
    const { rmSync } = await import('node:fs');
    try {
      expect(scanProfile(profileDir, ['Quentin Marker-Zebra', 'Marker-Zebra'])).toEqual([]);
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });

  it('is accessible (axe, light and dark) and speaks Spanish', async () => {
    session = await launch({ locale: 'es-ES' });
    const { page } = session;
    await page.goto('./');
    await page.getByRole('button', { name: 'Entendido, continuar' }).click();
    await page.getByLabel('Nueva frase de contraseña').fill(PASSPHRASE);
    await page.getByLabel('Repite la frase de contraseña').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Crear' }).click();
    await skipDisguiseStep(page);
    await waitForServiceWorker(page);
    await dismissNotices(page, { offlineReady: true });
    await page.getByRole('navigation').getByRole('button', { name: 'Cartas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cartas' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Aviso breve de no contacto', exact: true }).click();
    await page.getByLabel('Para (su nombre)').fill('Alex');
    await page.getByLabel('Tu nombre', { exact: true }).fill('Jordan');
    await expect.poll(() => preview(page).textContent()).toContain('Esto incluye llamadas, mensajes de texto, correo electrónico, redes sociales y contacto en persona.');
    await page.getByRole('button', { name: 'Editar el texto' }).click();
    const body = page.getByLabel('Texto de la carta');
    await body.fill(`${await body.inputValue()}\nPerdóname, tal vez más adelante.`);
    await page.getByRole('status').filter({ hasText: 'Cosas que revisar: 3' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Marcar como enviada' }).click();
    await page.getByRole('status').filter({ hasText: 'Marcada como enviada.' }).waitFor();
    expect(await preview(page).textContent()).toContain('Perdóname, tal vez más adelante.');
    await expectAccessible(page);
  });

  it('sends by clipboard, share sheet, print view, and email and SMS links', async () => {
    session = await launch();
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.baseURL).origin });
    // Headless Chromium has no share sheet or printer: stand-ins record what the app hands them.
    await context.addInitScript(() => {
      const w = window as unknown as { shared?: ShareData; printed?: string | null };
      Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => { w.shared = data; } });
      window.print = () => { w.printed = document.querySelector('.letter-print')?.textContent ?? null; };
    });
    await start(page);
    await openLetters(page);
    await page.getByRole('button', { name: 'Final notice after continued contact', exact: true }).click();
    await page.getByLabel('To (their name)').fill('Alex');
    await page.getByLabel('Date you first told them to stop').fill('2026-10-02');
    await chooseChannels(page, ['Social media', 'Gifts']);
    await page.getByLabel('Your name', { exact: true }).fill('Jordan');
    await expect.poll(() => preview(page).textContent()).toContain('On October 2, 2026 I told you in writing to stop contacting me.');
    const text = (await preview(page).textContent())!;
    expect(text).toContain('This includes social media and gifts.');

    await page.getByRole('button', { name: 'Copy text' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    await page.getByRole('button', { name: 'Share…' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared)).toEqual({ title: 'Final notice: stop all contact', text });

    await page.getByRole('button', { name: 'Print', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: string }).printed)).toBe(text);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('.letter-print').count()).toBe(0);

    const sms = await page.getByRole('link', { name: 'Open in text messages' }).getAttribute('href');
    expect(decodeURIComponent(sms!.replace('sms:?&body=', ''))).toBe(text);
    const mail = new URL((await page.getByRole('link', { name: 'Open in email' }).getAttribute('href'))!);
    expect(mail.searchParams.get('subject')).toBe('Final notice: stop all contact');
    expect(mail.searchParams.get('body')).toBe(text.replace(/\n/g, '\r\n'));
    expect(foreignRequests(session)).toEqual([]);
  });
});
