// Quick exit in a real browser: the control, the shortcuts, offline, without script, Back,
// the tab's history, and the draft that must survive an exit.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createVault, openApp, unlock, waitForServiceWorker, type Session } from './harness';
import { chooseExitSite, launchWithNeutralSites, exitControlState, installExitProbe, watchWorkerEnds, launchWithBackForwardCache, routeNeutralSites, SCREEN_NAMES, tabHistory, WEATHER } from './exit-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(): Promise<Session> {
  session = await launchWithNeutralSites();
  // These tests leave for a chosen public site (the neutral page moves on to it): see shell.e2e.ts for the default.
  await chooseExitSite(session.context, WEATHER);
  return session;
}

const NAV = ['Journal', 'Letters', 'Safety plan', 'Resources', 'Settings'];

describe('Quick exit control', () => {
  it('leaves from the lock screen: hidden in the same task, vault locked, tab on the destination', async () => {
    const s = await start();
    const probes = await installExitProbe(s);
    await createVault(s.page);
    await s.page.getByRole('button', { name: 'Lock' }).click();
    await s.page.getByLabel('Passphrase', { exact: true }).waitFor();
    // First in tab order on the lock screen too.
    await s.page.reload();
    await s.page.getByLabel('Passphrase', { exact: true }).waitFor();
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('quick-exit');
    await s.page.getByRole('link', { name: 'Quick exit' }).click();
    await s.page.waitForURL(WEATHER);
    expect(probes[0]).toMatchObject({ hidden: true, contentRendered: false, title: 'Daybook' });
    expect(probes[0]!.terminated).toBeGreaterThanOrEqual(1);
    expect(await s.page.content()).toContain('weather');
  });

  it('leaves when unlocked; Back never shows decrypted content; history has one neutral entry', async () => {
    const s = await start();
    const probes = await installExitProbe(s);
    const ends = watchWorkerEnds(s);
    const { page } = s;
    await page.goto('https://start.example.org/');
    await createVault(page);
    const lengthAtLoad = await page.evaluate(() => history.length);
    for (const name of NAV) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(page.url()).toBe(s.baseURL);
      expect(await page.title()).toBe('Daybook');
    }
    // In-app navigation never adds history entries.
    expect(await page.evaluate(() => history.length)).toBe(lengthAtLoad);
    expect(await page.evaluate(() => location.href)).toBe(s.baseURL);

    await page.getByRole('navigation').getByRole('button', { name: 'Journal' }).click();
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(WEATHER);
    expect(probes[0]).toMatchObject({ hidden: true, contentRendered: false, title: 'Daybook' });
    // The vault worker (and its keys) ended after the exit began, once it had nothing left to
    // write (its bound, LAST_WRITE_MS, is checked with a driven clock in vault-closing.test.ts).
    expect(ends.filter((at) => at >= probes[0]!.at).length).toBeGreaterThanOrEqual(1);

    // The app's entry was replaced: the tab holds the page before it, then the weather page.
    const entries = await tabHistory(page);
    expect(entries.map((e) => e.url).filter((url) => url !== 'about:blank')).toEqual(['https://start.example.org/', WEATHER]);
    for (const entry of entries) expect(entry.title).not.toMatch(SCREEN_NAMES);
    await page.goBack();
    expect(page.url()).toBe('https://start.example.org/');
    expect(await page.locator('nav').count()).toBe(0);
  });

  it('locks and blanks a page restored from the back/forward cache', async () => {
    session = await launchWithBackForwardCache();
    const s = session;
    await routeNeutralSites(s.context);
    const { page } = s;
    // What the restored page shows in its very first frame, before any reload.
    await s.context.addInitScript(() => {
      addEventListener('pageshow', (e) => {
        if (!e.persisted) return;
        const text = document.getElementById('app')?.textContent ?? '';
        console.log(`restored ${JSON.stringify({ nav: Boolean(document.querySelector('nav')), text: text.length, blank: getComputedStyle(document.body).display === 'none' })}`);
      });
    });
    const restored: string[] = [];
    page.on('console', (m) => m.text().startsWith('restored ') && restored.push(m.text().slice(9)));
    await createVault(page);
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened', { exact: true }).fill('private words');
    await page.goto('https://start.example.org/');
    await page.goBack({ waitUntil: 'commit' });
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.getByText('private words').count()).toBe(0);
    expect(page.url()).toBe(s.baseURL);
    // Chromium did restore the frozen page (else this test proves nothing about the guard),
    // and that copy was already locked and blank before the reload.
    expect(restored.length).toBeGreaterThanOrEqual(1);
    for (const r of restored) expect(JSON.parse(r)).toEqual({ nav: false, text: 0, blank: true });
    for (const entry of await tabHistory(page)) expect(entry.title).not.toMatch(SCREEN_NAMES);
  });

  it('stays visible, on top and large on every screen, also while scrolling', async () => {
    const s = await start();
    const { page } = s;
    await openApp(page);
    await page.getByRole('button', { name: /continue/i }).waitFor();
    const screens: Record<string, Awaited<ReturnType<typeof exitControlState>>> = { intro: await exitControlState(page) };
    await page.getByRole('button', { name: /continue/i }).click();
    await page.getByLabel('New passphrase', { exact: true }).focus();
    screens.setup = await exitControlState(page);
    await createVault(page);
    for (const name of NAV) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      screens[name] = await exitControlState(page);
    }
    // A long screen, scrolled to the bottom.
    // By keyboard: a bottom banner may sit over this button (the exit control stays above all).
    await page.getByRole('button', { name: 'What this app leaves on your device' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'What this app leaves on your device' }).waitFor();
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    screens.scrolled = await exitControlState(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    screens.lock = await exitControlState(page);
    for (const [screen, state] of Object.entries(screens)) {
      expect({ screen, onTop: state.onTop, inViewport: state.inViewport }).toEqual({ screen, onTop: true, inViewport: true });
      expect(state.width).toBeGreaterThanOrEqual(88);
      expect(state.height).toBeGreaterThanOrEqual(44);
    }
  });
});

describe('keyboard shortcuts', () => {
  it('Shift three times leaves, announcing the count; a stray Shift or Shift+A does not', async () => {
    const s = await start();
    const { page } = s;
    await createVault(page);
    await page.keyboard.press('Shift');
    await page.getByRole('status').filter({ hasText: 'Shift pressed once. Press Shift 2 more times' }).waitFor();
    await page.keyboard.press('Shift');
    await page.getByRole('status').filter({ hasText: 'Press Shift once more' }).waitFor();
    // A capital letter is typing: it starts the count again.
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(s.baseURL);
    expect(await page.locator('nav').count()).toBe(1);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(WEATHER);
  });

  it('Escape twice within a second leaves; a single Escape does not', async () => {
    const s = await start();
    const probes = await installExitProbe(s);
    const { page } = s;
    await createVault(page);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(s.baseURL);
    expect(probes).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForURL(WEATHER);
    expect(probes[0]).toMatchObject({ hidden: true, contentRendered: false });
  });
});

describe('exit without network or script', () => {
  it('offline, lands on the precached neutral page', async () => {
    const s = await start();
    const { page, context } = s;
    await createVault(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(`${s.baseURL}weather.html`);
    await page.getByRole('heading', { name: 'Local forecast' }).waitFor();
    expect(await page.title()).toBe('Weather');
    expect(await page.locator('nav').count()).toBe(0);
    // Alive, not a still picture: today's weekday and the next days', in the locale's unit (en-US: °F), plausible for the season.
    const shown = async (lang: string) => page.evaluate((l) => {
      const day = (offset: number) => new Intl.DateTimeFormat(l, { weekday: 'short' }).format(new Date(Date.now() + offset * 86_400_000));
      return { text: document.querySelector('main')!.innerText, today: day(0), next: [1, 2, 3, 4].map(day) };
    }, lang);
    const en = await shown('en');
    expect(en.text).toContain(`Today, ${en.today}`);
    for (const day of en.next) expect(en.text).toContain(day);
    const now = Number(en.text.match(/(-?\d+)°F/)?.[1]);
    expect(now).toBeGreaterThan(-20);
    expect(now).toBeLessThan(110);
    expect(en.text).not.toMatch(/°C/);
    // The app in Spanish: the page too, still offline.
    await page.evaluate(() => localStorage.setItem('prefs', JSON.stringify({ ...JSON.parse(localStorage.getItem('prefs') ?? '{}'), lang: 'es' })));
    await page.reload();
    await page.getByRole('heading', { name: 'Pronóstico local' }).waitFor();
    const es = await shown('es');
    expect(es.text).toContain(`Hoy, ${es.today}`);
    for (const day of es.next) expect(es.text).toContain(day);
    expect(es.text).not.toMatch(/Today|Sunny|Cloudy|Rain/);
    expect(await page.title()).toBe('El tiempo');
    expect(s.errors).toEqual([]);
  });

  it('with the app’s script blocked, the plain link in index.html still leaves', async () => {
    const s = await start();
    const { page, context } = s;
    // Every script of the app's page; the neutral page's own (its entry and what it imports) still loads.
    const manifest = JSON.parse(readFileSync(`${process.env.OUT_DIR ?? 'dist'}/.vite/manifest.json`, 'utf8')) as Record<string, { file: string; imports?: string[] }>;
    const neutral = manifest['weather.html']!;
    const kept = new Set([neutral.file, ...(neutral.imports ?? []).map((key) => manifest[key]!.file)]);
    await context.route(/\/assets\/.*\.js$/, (r) => (kept.has(new URL(r.request().url()).pathname.slice(1)) ? r.continue() : r.abort()));
    await openApp(page);
    const link = page.getByRole('link', { name: 'Quick exit' });
    await link.waitFor();
    // Without script the link still lands on the neutral page, whose own script moves on.
    expect(await link.getAttribute('href')).toBe('weather.html');
    expect((await exitControlState(page)).onTop).toBe(true);
    await link.click();
    await page.waitForURL(WEATHER);
  });
});

describe('drafts survive an exit', () => {
  it('keeps what was typed up to the last second before the exit, there after unlocking', async () => {
    const s = await start();
    const probes = await installExitProbe(s);
    const { page } = s;
    await createVault(page);
    await page.getByRole('button', { name: 'New entry' }).click();
    const what = page.getByLabel('What happened', { exact: true });
    await what.click();
    const text = 'He waited outside the building at eight and again at nine, then sent four messages.';
    await what.pressSequentially(text, { delay: 40 });
    // Straight from typing to the exit: no pause that would let a save catch up.
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(WEATHER);
    const probe = probes[0]!;
    // At most the last second of typing may be lost (plus a little for the save in flight).
    const mustKeep = Math.max(0, ...probe.inputs.filter(([at]) => at <= probe.at - 1000 - 300).map(([, length]) => length));
    expect(mustKeep).toBeGreaterThan(20);

    await openApp(page);
    await unlock(page);
    await page.getByRole('button', { name: 'New entry' }).click();
    await expect.poll(() => what.inputValue()).not.toBe('');
    const restored = await what.inputValue();
    expect(text.startsWith(restored)).toBe(true);
    expect(restored.length).toBeGreaterThanOrEqual(mustKeep);
  });
});
