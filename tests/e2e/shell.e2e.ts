// The phone-first shell (issue 14) in Chromium at 390×844 and 320 px: Back goes up a level,
// Quick exit lands on the neutral page and unwinds history, the first entry is in view, every
// screen opens at its top, and text typed just before Quick exit comes back whole.
import { afterEach, describe, expect, it } from 'vitest';
import { createVault, openApp, unlock, type Session } from './harness';
import { dismissNotices, writeEntry } from './journal-helpers';
import { chooseExitSite, launchWithNeutralSites, tabHistory } from './exit-helpers';
import type { Page } from 'playwright-core';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(): Promise<Session> {
  session = await launchWithNeutralSites();
  return session;
}

const tab = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
/** The tab's entries that are the app (it never holds more than one besides its own). */
const appEntries = async (page: Page) => (await tabHistory(page)).filter((e) => e.url === session!.baseURL).length;

/** Whether Back has the app's own entry to spend: the current entry and the one below it are the app's. */
async function armed(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { entries, currentIndex } = (await cdp.send('Page.getNavigationHistory')) as { entries: Array<{ url: string }>; currentIndex: number };
  await cdp.detach();
  return currentIndex > 0 && entries[currentIndex]!.url === session!.baseURL && entries[currentIndex - 1]!.url === session!.baseURL;
}

/**
 * Back from a sub-screen once the app has added its entry: the screen shows first and the entry
 * follows (after any traversal of the app's own still under way), so on a busy machine a Back
 * pressed at once could leave the app, which no person's thumb is quick enough to do.
 */
async function backFromSubScreen(page: Page): Promise<void> {
  await expect.poll(() => armed(page), { timeout: 5000 }).toBe(true);
  await page.goBack();
}

describe('Back inside the app', () => {
  it('goes up one level from an entry, a letter, a plan part and a settings page, and stays unlocked', async () => {
    const { page } = await start();
    await page.goto('https://start.example.org/');
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Waited outside my work' });

    // Journal: entry → Back → the list.
    await page.getByRole('button', { name: /Waited outside my work/ }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    await expect.poll(() => armed(page), { timeout: 5000 }).toBe(true);
    expect(await appEntries(page)).toBe(2);
    await page.goBack();
    await page.getByRole('button', { name: 'New entry' }).waitFor();
    expect(page.url()).toBe(session!.baseURL);
    expect(await tab(page, 'Journal').getAttribute('aria-current')).toBe('page');

    // Journal: edit → Back → the entry (one level), → Back → the list.
    await page.getByRole('button', { name: /Waited outside my work/ }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('What happened', { exact: true }).waitFor();
    await expect.poll(() => armed(page), { timeout: 5000 }).toBe(true);
    expect(await appEntries(page)).toBe(2);
    await page.goBack();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    await backFromSubScreen(page);
    await page.getByRole('button', { name: 'New entry' }).waitFor();

    // A letter template → Back → the letters home.
    await tab(page, 'Letters').click();
    await page.getByRole('button', { name: 'Short no-contact notice' }).first().click();
    await page.getByRole('button', { name: 'Mark as sent' }).waitFor();
    await backFromSubScreen(page);
    await h1(page).filter({ hasText: 'Letters' }).waitFor();

    // A plan part → Back → the plan overview.
    await tab(page, 'Safety plan').click();
    await page.getByRole('button', { name: /technology/i }).first().click();
    await page.getByRole('heading', { level: 2, name: /technology/i }).waitFor();
    await backFromSubScreen(page);
    await page.getByRole('heading', { level: 2, name: 'Parts of the plan' }).waitFor();

    // A settings page → Back → Settings.
    await tab(page, 'Settings').click();
    await page.getByRole('button', { name: 'What this app leaves on your device' }).click();
    await h1(page).filter({ hasText: 'What this app leaves on your device' }).waitFor();
    await backFromSubScreen(page);
    await h1(page).filter({ hasText: 'Settings' }).waitFor();

    // Still unlocked, never more than one extra entry, the URL never changed.
    expect(await page.getByLabel('Passphrase', { exact: true }).count()).toBe(0);
    expect(await appEntries(page)).toBeLessThanOrEqual(2);
    expect(page.url()).toBe(session!.baseURL);
    // At a screen's top, Back leaves the app as it would any page.
    await page.goBack();
    await page.waitForURL('https://start.example.org/');
  });

  it('top-level tabs add no history entry', async () => {
    const { page } = await start();
    await createVault(page);
    const before = await page.evaluate(() => history.length);
    for (const name of ['Letters', 'Safety plan', 'Resources', 'Settings', 'Journal']) {
      await tab(page, name).click();
      await h1(page).first().waitFor();
    }
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

describe('Quick exit lands somewhere believable', () => {
  it('from a sub-screen: the neutral page replaces the app’s only entry; Back never reaches the app', async () => {
    const { page, baseURL } = await start();
    await page.goto('https://start.example.org/');
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Sent 14 messages' });
    await page.getByRole('button', { name: /Sent 14 messages/ }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    // The extra entry is there now: the exit must unwind it.
    expect((await tabHistory(page)).filter((e) => e.url === baseURL)).toHaveLength(2);
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(`${baseURL}weather.html`);
    await page.getByRole('heading', { name: 'Local forecast' }).waitFor();
    // No entry of the app is left: the spent one (now Forward) was renamed to the neutral page.
    const urls = (await tabHistory(page)).map((e) => e.url).filter((url) => url !== 'about:blank');
    expect(urls.slice(0, 2)).toEqual(['https://start.example.org/', `${baseURL}weather.html`]);
    expect(urls.filter((url) => url === baseURL)).toEqual([]);
    await page.goBack();
    await page.waitForURL('https://start.example.org/');
    expect(await page.locator('#app').count()).toBe(0);
    await page.goForward();
    await page.goForward().catch(() => undefined);
    await page.waitForLoadState();
    expect(await page.locator('#app').count()).toBe(0);
  });

  it('a chosen site that does not answer leaves the neutral page in place, never a browser error', async () => {
    const s = await start();
    const { page, context, baseURL } = s;
    await context.route('https://unreachable.example.net/**', (r) => r.abort('connectionrefused'));
    await chooseExitSite(context, 'https://unreachable.example.net/');
    await createVault(page);
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(`${baseURL}weather.html`);
    await page.getByRole('heading', { name: 'Local forecast' }).waitFor();
    // The probe failed: the page stays (give it time to have moved on, if it wrongly would).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.startsWith('https://unreachable.example.net/')));
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${baseURL}weather.html`);
    expect(await page.title()).toBe('Weather');
  });

  it('a chosen site that answers is opened, in place of the neutral page', async () => {
    const { page, context, baseURL } = await start();
    await chooseExitSite(context, 'https://news.example.org/');
    await page.goto('https://start.example.org/');
    await createVault(page);
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL('https://news.example.org/');
    const urls = (await tabHistory(page)).map((e) => e.url).filter((url) => url !== 'about:blank');
    expect(urls).toEqual(['https://start.example.org/', 'https://news.example.org/']);
    expect(urls).not.toContain(baseURL);
  });
});

/** The form opens at once and the draft is decrypted after it: what a person sees once it is in. */
const restoredNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'What you were writing was restored.' }).waitFor();

describe('no lost keystrokes', () => {
  it('text typed at machine speed right before Quick exit comes back whole after unlocking', async () => {
    const { page, baseURL } = await start();
    await createVault(page);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'New entry' }).click();
    const field = page.getByLabel('What happened', { exact: true });
    await field.click();
    const typed = 'He called 9 times from a new number and said he was outside.';
    expect(typed).toHaveLength(60);
    // No delay between keys, and Quick exit straight after the last one (well within the autosave's throttle).
    await page.keyboard.type(typed, { delay: 0 });
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(`${baseURL}weather.html`);
    await openApp(page);
    await unlock(page);
    await page.getByText('An unfinished entry is waiting').waitFor();
    await page.getByRole('button', { name: 'Continue it' }).click();
    await restoredNotice(page);
    expect(await page.getByLabel('What happened', { exact: true }).inputValue()).toBe(typed);
  });

  it('text typed right before Lock comes back whole after unlocking', async () => {
    const { page } = await start();
    await createVault(page);
    await dismissNotices(page);
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByLabel('What happened', { exact: true }).click();
    const typed = 'Left a note on my car at 7';
    await page.keyboard.type(typed, { delay: 0 });
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    await page.getByText('An unfinished entry is waiting').waitFor();
    await page.getByRole('button', { name: 'Continue it' }).click();
    await restoredNotice(page);
    expect(await page.getByLabel('What happened', { exact: true }).inputValue()).toBe(typed);
  });

  it('a plan note typed right before Quick exit is in the plan after unlocking', async () => {
    const { page, baseURL } = await start();
    await createVault(page);
    await dismissNotices(page);
    const openPart = async () => {
      await tab(page, 'Safety plan').click();
      await page.getByRole('button', { name: /technology/i }).first().click();
    };
    await openPart();
    const notes = page.getByLabel('Notes', { exact: true });
    await notes.click();
    const typed = 'Ask the phone shop to check for a tracking app';
    await page.keyboard.type(typed, { delay: 0 });
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(`${baseURL}weather.html`);
    await openApp(page);
    await unlock(page);
    await openPart();
    await expect.poll(() => notes.inputValue()).toBe(typed);
  });
});

describe('the phone layout', () => {
  for (const size of [{ width: 390, height: 844 }, { width: 320, height: 568 }]) {
    it(`shows the first entry fully, covered by nothing, after unlocking at ${size.width}×${size.height}`, async () => {
      const { page } = await start();
      await createVault(page);
      await dismissNotices(page);
      for (const what of ['First call', 'Second call', 'Third call']) await writeEntry(page, { what });
      await page.getByRole('button', { name: 'Lock' }).click();
      await page.setViewportSize(size);
      await unlock(page);
      const row = page.locator('.vrow').first();
      await row.waitFor();
      const box = await row.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const points = [[r.left + 8, r.top + 4], [r.right - 8, r.top + 4], [r.left + 8, r.bottom - 4], [r.right - 8, r.bottom - 4]];
        return {
          top: r.top, bottom: r.bottom, height: innerHeight,
          // What is really on top at the row's corners: the row itself, not a bar or a banner.
          covered: points.filter(([x, y]) => !el.contains(document.elementFromPoint(x!, y!))).length,
        };
      });
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(box.height);
      expect(box.covered).toBe(0);
      // The navigation is one row at the bottom, and the list scrolls with the page (no inner scroll box).
      const nav = await page.getByRole('navigation').evaluate((el) => {
        const tabs = [...el.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
        return { tops: new Set(tabs.map((r) => Math.round(r.top))).size, bottom: el.getBoundingClientRect().bottom, min: Math.min(...tabs.map((r) => Math.min(r.width, r.height))) };
      });
      expect(nav).toEqual({ tops: 1, bottom: size.height, min: nav.min });
      expect(nav.min).toBeGreaterThanOrEqual(44);
      expect(await page.locator('.vlist').evaluate((el) => getComputedStyle(el).overflowY)).toBe('visible');
    });
  }

  it('opens every screen and sub-screen at its top, focused on its heading', async () => {
    const { page } = await start();
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Followed me home' });
    await page.setViewportSize({ width: 320, height: 568 });
    const opened: Array<{ name: string; scrollY: number; focused: string }> = [];
    const check = async (name: string, heading: string | RegExp) => {
      await page.getByRole('heading', { name: heading, exact: typeof heading === 'string' }).first().waitFor();
      // Focus lands on the heading once the screen is drawn (its code may still be loading).
      await expect.poll(() => page.evaluate(() => /^H[12]$/.test(document.activeElement?.tagName ?? ''))).toBe(true);
      opened.push(await page.evaluate((n) => ({ name: n, scrollY: Math.round(scrollY), focused: `${document.activeElement?.tagName}:${document.activeElement?.textContent}` }), name));
    };
    const scrollDown = () => page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    for (const [name, heading] of [['Letters', 'Letters'], ['Safety plan', 'Safety plan'], ['Resources', 'Resources'], ['Settings', 'Settings'], ['Journal', 'Journal']] as const) {
      await scrollDown();
      await tab(page, name).click();
      await check(name, heading);
    }
    // Scrolled down as far as the list's row still shows (rows out of view are not drawn).
    await page.locator('.vrow').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Followed me home/ }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    const entryTitle = (await page.locator('#j-entry-title').textContent())!;
    await check('entry', entryTitle);
    await tab(page, 'Safety plan').click();
    await scrollDown();
    await page.getByRole('button', { name: /technology/i }).first().click();
    await check('plan part', /technology/i);
    expect(opened.filter((o) => o.scrollY !== 0)).toEqual([]);
    expect(opened.map((o) => o.focused)).toEqual([
      'H1:Letters', 'H1:Safety plan', 'H1:Resources', 'H1:Settings', 'H1:Journal', `H1:${entryTitle}`, expect.stringMatching(/^H2:.*technology/i),
    ]);
    expect(opened).toHaveLength(7);
  });
});
