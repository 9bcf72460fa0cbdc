// Release quality across the whole app: axe on every main screen in both languages and both
// colour schemes, a keyboard-only flow, and text at 200% without sideways scrolling.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, createVault, launch, type Session, chooseLanguage } from './harness';
import { dismissNotices } from './journal-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SCREENS = {
  en: ['Journal', 'Letters', 'Safety plan', 'Resources', 'Settings'],
  es: ['Diario', 'Cartas', 'Plan de seguridad', 'Recursos', 'Ajustes'],
};

async function visitAll(page: Page, names: string[], check: (name: string) => Promise<void>): Promise<void> {
  for (const name of names) {
    await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForTimeout(150);
    await check(name);
  }
}

/** Presses Tab until the focused element's text matches (fails after 60 presses). */
async function tabTo(page: Page, text: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text.test(focused)) return;
  }
  throw new Error(`Tab never reached ${text}`);
}

describe('release quality', () => {
  it('has no axe violations on any main screen, in English and Spanish, light and dark', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    const found: string[] = [];
    for (const [lang, names] of Object.entries(SCREENS)) {
      if (lang === 'es') await chooseLanguage(page, 'es');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await visitAll(page, names, async (name) => {
          for (const v of await axeViolations(page)) found.push(`${lang}/${scheme}/${name}: ${v}`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  it('can be set up and used with the keyboard alone', async () => {
    session = await launch();
    const { page } = session;
    await page.goto('./');
    await page.getByRole('button', { name: /continue/i }).waitFor();
    // Tab from the top: Quick exit comes first, then on to the continue button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-exit');
    await tabTo(page, /continue/i);
    await page.keyboard.press('Enter');
    await page.getByLabel('New passphrase', { exact: true }).waitFor();
    await page.getByLabel('New passphrase', { exact: true }).focus();
    await page.keyboard.type('keyboard only passphrase here');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keyboard only passphrase here');
    await page.keyboard.press('Enter');
    // The optional look-and-duress step after setup: passed by keyboard too.
    await page.getByRole('button', { name: 'Skip for now' }).waitFor();
    await tabTo(page, /^Skip for now$/);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation').waitFor();
    await dismissNotices(page);
    // Reach "New entry" by tabbing, write, save.
    await tabTo(page, /^New entry$/);
    await page.keyboard.press('Enter');
    await page.getByLabel('What happened', { exact: true }).waitFor();
    // The form focuses its first field once it is drawn: on a busy machine a frame after it shows.
    const field = await page.getByLabel('What happened', { exact: true }).getAttribute('id');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id), { timeout: 5000 }).toBe(field);
    await page.keyboard.type('Typed with the keyboard alone');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByText('Typed with the keyboard alone').first().waitFor();
    // Lock and unlock by keyboard too.
    await page.getByRole('button', { name: 'Lock' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Passphrase', { exact: true }).focus();
    await page.keyboard.type('keyboard only passphrase here');
    await page.keyboard.press('Enter');
    await page.getByRole('navigation').waitFor();
  });

  it('reflows at 200% text size (a 195 px wide viewport) without sideways scrolling', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await page.setViewportSize({ width: 195, height: 422 });
    const overflowing: string[] = [];
    await visitAll(page, SCREENS.en, async (name) => {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (wide > 1) overflowing.push(`${name}: ${wide}px`);
    });
    expect(overflowing).toEqual([]);
    expect(await page.getByRole('link', { name: 'Quick exit' }).isVisible()).toBe(true);
  });
});
