// The foundation in a real browser: loads, installs, works offline, stays on its origin,
// speaks Spanish, and passes axe.
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, createVault, foreignRequests, launch, openApp, waitForServiceWorker, type Session, chooseLanguage } from './harness';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('foundation', () => {
  it('shows the first-run screen, then setup, with Quick exit first in tab order', async () => {
    session = await launch();
    const { page } = session;
    await openApp(page);
    await expect.poll(() => page.title()).toBe('Daybook');
    await page.getByRole('button', { name: /continue/i }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Quick exit');
    await page.getByRole('button', { name: /continue/i }).click();
    await page.getByLabel('New passphrase', { exact: true }).waitFor();
    await expect(page.getByLabel('Repeat passphrase', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Create' }).isVisible()).resolves.toBe(true);
    expect(page.url()).toBe(session.baseURL);
  });

  it('serves a valid, installable manifest', async () => {
    // Chromium calls nothing installable in an incognito-like context: a real profile, as on a phone.
    session = await launch({ persistent: true });
    const { page } = session;
    await openApp(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(new URL(href!, session.baseURL).href);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: 'Daybook', short_name: 'Daybook', start_url: './', display: 'standalone' });
    const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes}/${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']));
    for (const icon of manifest.icons) {
      const img = await page.request.get(new URL(icon.src, session.baseURL).href);
      expect(img.status()).toBe(200);
      expect(img.headers()['content-type']).toBe('image/png');
    }
    // Chromium's own installability verdict, through the DevTools protocol.
    const cdp = await session.context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: Array<{ errorId: string }> };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    await expect(page.locator('link[rel="apple-touch-icon"]').count()).resolves.toBe(1);
    await expect(page.locator('meta[name="apple-mobile-web-app-capable"]').count()).resolves.toBe(1);
  });

  it('reloads offline once the service worker controls the page, and makes no foreign request', async () => {
    session = await launch();
    const { page, context } = session;
    await createVault(page);
    await waitForServiceWorker(page);
    // Notices come one at a time (issue 14): the storage answer first, then this one.
    await page.locator('.notices [data-persist] button').click({ timeout: 10_000 }).catch(() => undefined);
    await page.getByRole('status').filter({ hasText: 'Ready to work offline.' }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    expect(await page.title()).toBe('Daybook');
    expect(foreignRequests(session)).toEqual([]);
    // No CSP or Trusted Types violation anywhere in the flow.
    expect(session.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('speaks Spanish in a Spanish browser and switches language', async () => {
    session = await launch({ locale: 'es-ES' });
    const { page } = session;
    await openApp(page);
    await page.getByRole('button', { name: 'Entendido, continuar' }).click();
    await page.getByLabel('Nueva frase de contraseña').waitFor();
    expect(await page.getByRole('link', { name: 'Salida rápida' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  });

  it('switches language from the app, and the lock screen keeps the choice', async () => {
    session = await launch();
    const { page } = session;
    await createVault(page);
    await chooseLanguage(page, 'es');
    await page.getByRole('navigation').getByRole('button', { name: 'Diario' }).waitFor();
    expect(await page.getByRole('link', { name: 'Salida rápida' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Bloquear' }).click();
    await page.getByLabel('Frase de contraseña').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Desbloquear' }).waitFor();
  });

  it('has no axe violations on the screens that exist, light and dark', async () => {
    session = await launch();
    const { page } = session;
    await openApp(page);
    await page.getByRole('button', { name: /continue/i }).waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
    await page.getByRole('button', { name: /continue/i }).click();
    await page.getByLabel('New passphrase', { exact: true }).waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('explains an unusable browser instead of failing', async () => {
    session = await launch();
    const { page, context } = session;
    await context.addInitScript(() => {
      Object.defineProperty(window, 'WebAssembly', { value: undefined });
    });
    await openApp(page);
    await page.getByRole('heading', { name: 'This browser cannot keep your notes safely' }).waitFor();
    expect(await page.getByText('WebAssembly turned off').count()).toBe(1);
  });
});
