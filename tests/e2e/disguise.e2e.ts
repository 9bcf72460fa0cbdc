// Disguise and history scrubbing in a real browser: the title on every screen, one URL, no
// autofill, the disguise choice reaching title, icon and the manifest the browser sees, the
// exit destination setting, and the "What this app leaves on your device" page.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, createVault, launch, openApp, unlock, waitForServiceWorker, type Session } from './harness';
import { routeNeutralSites, tabHistory, SCREEN_NAMES } from './exit-helpers';

const NAV = ['Journal', 'Letters', 'Safety plan', 'Resources', 'Settings'];
const LEAVES = 'What this app leaves on your device';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Title, address and autofill state of the page right now. */
async function snapshot(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    href: location.href,
    historyLength: history.length,
    autofillOn: [...document.querySelectorAll('input, textarea, select')]
      .filter((f) => f.getAttribute('autocomplete') !== 'off')
      .map((f) => f.id || f.outerHTML.slice(0, 60)),
  }));
}


async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Disguise and Quick exit' }).waitFor();
}

describe('history scrubbing', () => {
  it('keeps the disguise name as the title, one URL and one history entry on every screen', async () => {
    session = await launch();
    const { page } = session;
    await openApp(page);
    await page.getByRole('button', { name: /continue/i }).waitFor();
    const seen = [{ screen: 'intro', ...(await snapshot(page)) }];
    await page.getByRole('button', { name: /continue/i }).click();
    await page.getByLabel('New passphrase', { exact: true }).fill('typed secret words here');
    seen.push({ screen: 'setup', ...(await snapshot(page)) });
    await createVault(page);
    const loadLength = await page.evaluate(() => history.length);
    for (const name of NAV) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      seen.push({ screen: name, ...(await snapshot(page)) });
    }
    await page.getByRole('button', { name: LEAVES }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: LEAVES }).waitFor();
    seen.push({ screen: 'leaves', ...(await snapshot(page)) });
    // Whatever tries to retitle the page (a screen, a library), the disguise name comes back.
    await page.evaluate(() => {
      document.title = 'Journal: what he did';
    });
    await expect.poll(() => page.title()).toBe('Daybook');
    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened', { exact: true }).fill('He was at the station at 8');
    await page.keyboard.press('Enter');
    seen.push({ screen: 'new entry', ...(await snapshot(page)) });
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('wrong guess');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    seen.push({ screen: 'lock', ...(await snapshot(page)) });

    for (const s of seen) {
      expect(s, s.screen).toMatchObject({ title: 'Daybook', href: session.baseURL, autofillOn: [] });
    }
    // In-app navigation never added an entry; the tab's history names no screen.
    expect(seen.slice(2).every((s) => s.historyLength === loadLength)).toBe(true);
    for (const entry of await tabHistory(page)) {
      expect(entry.title).not.toMatch(SCREEN_NAMES);
      expect(entry.url).not.toMatch(/[?#]|station|secret/);
    }
  });

  it('puts a query or fragment in the address back to the root without a new entry', async () => {
    session = await launch();
    const { page } = session;
    await page.goto('./?q=private#journal');
    await page.getByRole('button', { name: /continue/i }).waitFor();
    expect(page.url()).toBe(session.baseURL);
    expect(await page.evaluate(() => history.length)).toBe(2); // about:blank, then the app
  });
});

describe('disguise', () => {
  it('changes title, icon, theme colour, the served manifest and the lock screen', async () => {
    session = await launch();
    const { page, context } = session;
    await createVault(page);
    await waitForServiceWorker(page);
    await openSettings(page);
    await page.getByRole('radio', { name: 'Notes', exact: true }).check();
    await page.getByRole('status').filter({ hasText: 'This app now appears as “Notes”' }).waitFor();
    const head = () => page.evaluate(() => ({
      title: document.title,
      icon: document.querySelector('link[rel="icon"]')?.getAttribute('href'),
      touch: document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href'),
      theme: document.querySelector('meta[name="theme-color"]')?.getAttribute('content'),
    }));
    expect(await head()).toEqual({ title: 'Notes', icon: 'icons/notes-32.png', touch: 'icons/notes-180.png', theme: '#b08900' });

    // The manifest the browser itself sees (what an install would use), and the one the
    // service worker serves at the default address.
    const cdp = await context.newCDPSession(page);
    const seen = (await cdp.send('Page.getAppManifest')) as { url: string; data: string };
    expect(JSON.parse(seen.data)).toMatchObject({ name: 'Notes', short_name: 'Notes', theme_color: '#b08900' });
    const served = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    expect(served).toMatchObject({ name: 'Notes', icons: expect.arrayContaining([expect.objectContaining({ src: 'icons/notes-192.png' })]) });

    // After a reload the service worker sends the page already dressed, before any script.
    const response = await page.reload();
    const html = await response!.text();
    expect(html).toContain('<title>Notes</title>');
    expect(html).toContain('href="manifest-notes.webmanifest"');
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Notes');
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/daybook/i);
    expect(await head()).toMatchObject({ title: 'Notes' });
    await unlock(page);
    expect(await page.title()).toBe('Notes');
  });

  it('sets the exit destination (https only, with a clear message) and leaves for it', async () => {
    session = await launch();
    const { page } = session;
    await routeNeutralSites(session.context);
    await createVault(page);
    await waitForServiceWorker(page);
    await openSettings(page);
    const field = page.getByLabel('Quick exit opens this page');
    expect(await field.getAttribute('autocomplete')).toBe('off');
    for (const [typed, message] of [
      ['http://news.example.org/', 'Use a secure address, one that starts with https://.'],
      ['not a site', 'This is not a web address.'],
      [session.baseURL.replace('http:', 'https:'), 'Choose another site: this address would open this app again.'],
    ] as const) {
      await field.fill(typed);
      await page.getByRole('button', { name: 'Save page' }).click();
      if (message) await page.getByRole('alert').filter({ hasText: message }).waitFor();
    }
    // Nothing changed: the link still goes to the default page.
    expect(await page.getByRole('link', { name: 'Quick exit' }).getAttribute('href')).toBe('https://weather.com/');
    await field.fill('news.example.org');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Quick exit now opens https://news.example.org/' }).waitFor();
    expect(await page.getByRole('link', { name: 'Quick exit' }).getAttribute('href')).toBe('https://news.example.org/');
    // The page the service worker sends points the plain link there too, in the chosen language.
    await page.getByLabel('Language').selectOption('es');
    await page.waitForFunction(async () => (await (await (await caches.open('prefs')).match('prefs.json'))?.json())?.lang === 'es');
    const html = await (await page.reload())!.text();
    expect(html).toMatch(/<a [^>]*id="quick-exit"[^>]*href="https:\/\/news\.example\.org\/"[^>]*>Salida rápida<\/a>/);
    expect(html).toContain('<html lang="es">');
    await page.getByRole('link', { name: 'Salida rápida' }).click();
    await page.waitForURL('https://news.example.org/');
  });
});

describe('What this app leaves on your device', () => {
  it('is on the first-run screen and in Settings, accessible, naming the disguise and the stored prefs', async () => {
    session = await launch();
    const { page } = session;
    await openApp(page);
    const toggle = page.getByRole('button', { name: LEAVES });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    for (const heading of ['Browser history', 'The installed icon', 'Backup files and reports', 'This app’s storage']) {
      await page.getByRole('heading', { name: heading }).waitFor();
    }
    expect(await page.getByText('Android (Chrome)').count()).toBeGreaterThan(0);
    expect(await page.getByText('iPhone (Safari)').count()).toBeGreaterThan(0);
    expect(await axeViolations(page, 'main')).toEqual([]);

    await createVault(page);
    await openSettings(page);
    expect(await axeViolations(page, 'section[aria-labelledby="disguise-title"]')).toEqual([]);
    const open = page.getByRole('button', { name: LEAVES });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: LEAVES }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('leaves-title');
    await page.getByText('the disguise (“Daybook”), the page Quick exit opens (https://weather.com/) and the language (English)').waitFor();
    expect(await axeViolations(page, 'main')).toEqual([]);
    // By keyboard: the bottom banner (storage notice) may sit over the last button.
    await page.getByRole('button', { name: 'Back to Settings' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(LEAVES);
  });
});
