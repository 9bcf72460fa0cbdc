// Logging a contact in two taps (issue 24), in one browser: from the locked lock screen (sealed,
// offered at the next unlock, accepted or discarded), "Log again" at an earlier time (one version,
// printed as a late entry), and journal cards, Log again buttons and the More menu that fit at
// 320 and 390 px in English and Spanish.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseLanguage, createVault, launch, PASSPHRASE, type Session } from './harness';
import { dismissNotices, journalTool, pngWithText, writeEntry } from './journal-helpers';
import { execFileSync } from 'node:child_process';
import { flat, packetTools } from './packet-helpers';
import { clickThroughGate } from './gate-helpers';

let session: Session;
let page: Page;
/** Entries accepted into the journal by the tests so far (they share one vault, in order). */
let accepted = 0;
let dir: string;
const SHOTS = join(tmpdir(), 'quick-log-shots');

beforeAll(async () => {
  session = await launch();
  page = session.page;
  dir = mkdtempSync(join(tmpdir(), 'quick-log-'));
  await createVault(page);
  await dismissNotices(page);
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

const LABELS = {
  en: { log: 'Log a contact', call: 'Phone call', text: 'Text message', words: 'A few words (optional)', saved: 'Saved.', waiting: /^Logged while locked: (\d+)$/, accept: 'Accept into the journal', discard: 'Discard', lock: 'Lock', pass: 'Passphrase', unlock: 'Unlock', journal: 'Journal', recorded: 'Recorded at' },
  es: { log: 'Anotar un contacto', call: 'Llamada telefónica', text: 'Mensaje de texto', words: 'Unas palabras (opcional)', saved: 'Guardado.', waiting: /^Anotado con la app bloqueada: (\d+)$/, accept: 'Aceptar en el diario', discard: 'Descartar', lock: 'Bloquear', pass: 'Frase de contraseña', unlock: 'Desbloquear', journal: 'Diario', recorded: 'Registrado el' },
};

async function lockApp(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.getByRole('button', { name: LABELS[lang].lock, exact: true }).click();
  await page.getByLabel(LABELS[lang].pass, { exact: true }).waitFor();
}

async function unlockApp(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.getByLabel(LABELS[lang].pass, { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: LABELS[lang].unlock, exact: true }).click();
  await page.getByRole('navigation').getByRole('button', { name: LABELS[lang].journal, exact: true }).waitFor();
}

/** Every readable string in every IndexedDB store of the app's origin, as one text (bytes as latin1). */
function idbText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const show = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => {
      if (x instanceof ArrayBuffer || ArrayBuffer.isView(x)) {
        const bytes = x instanceof ArrayBuffer ? new Uint8Array(x) : new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
        return new TextDecoder('latin1').decode(bytes) + new TextDecoder('utf-16le').decode(bytes.subarray(0, bytes.length - (bytes.length % 2)));
      }
      return x;
    });
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        out.push(...rows.map(show));
      }
      db.close();
    }
    return out.join('\n');
  });
}

/** Boxes that overflow or clip: each checked element against its container and the viewport. */
function overflowing(): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1) problems.push(`page ${document.documentElement.scrollWidth}px wide in ${vw}px`);
  const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}:${(el.textContent ?? '').trim().slice(0, 40)}`;
  const inside = (el: Element, box: DOMRect, what: string) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
      problems.push(`${name(el)} [${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.right)},${Math.round(r.bottom)}] outside ${what} [${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.right)},${Math.round(box.bottom)}]`);
    }
  };
  const clipped = (el: HTMLElement) => {
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
  };
  const viewport = new DOMRect(0, -1e6, vw, 2e6);
  for (const row of document.querySelectorAll<HTMLElement>('.entry-row')) {
    inside(row, row.closest('li')!.getBoundingClientRect(), 'its list slot');
    inside(row, viewport, 'the viewport');
    for (const part of row.querySelectorAll<HTMLElement>('time, .badge, .entry-row-how')) {
      inside(part, row.getBoundingClientRect(), 'its card');
      clipped(part);
    }
  }
  // The next row starts below this one ends: rows never overlap.
  const slots = [...document.querySelectorAll<HTMLElement>('.vrow')].map((li) => li.getBoundingClientRect()).sort((a, b) => a.top - b.top);
  for (let i = 1; i < slots.length; i++) if (slots[i]!.top < slots[i - 1]!.bottom - 1) problems.push(`list rows ${i - 1} and ${i} overlap`);
  for (const button of document.querySelectorAll<HTMLElement>('.log-again button, #j-tools button, .locked-ways button, .quick-when button')) {
    if (button.closest('[hidden]')) continue;
    inside(button, button.parentElement!.getBoundingClientRect(), 'its group');
    inside(button, viewport, 'the viewport');
    clipped(button);
  }
  for (const panel of document.querySelectorAll<HTMLElement>('#j-tools:not([hidden]), .search-row input')) inside(panel, viewport, 'the viewport');
  return problems;
}

async function checkFit(page: Page, label: string): Promise<void> {
  const problems = await page.evaluate(overflowing);
  if (problems.length) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${label}.png`), fullPage: true });
  }
  expect(problems, `${label} (screenshot in ${SHOTS})`).toEqual([]);
}

describe('log while locked, then accept or discard at the next unlock', () => {
  for (const [lang, width, height] of [['en', 390, 844], ['es', 320, 568]] as const) {
    it(`${lang} at ${width}×${height}: two taps log a call; the next unlock offers it; accepted it keeps the logged time; discarded leaves nothing`, async () => {
      const L = LABELS[lang];
      await page.setViewportSize({ width, height });
      if (lang === 'es') await chooseLanguage(page, 'es');
      await page.getByRole('navigation').getByRole('button', { name: L.journal, exact: true }).click();
      // What the journal holds now, once drawn (counted too early, a list still drawing reads 0).
      const before = accepted;
      await expect.poll(() => page.locator('.entry-row').count()).toBe(before);
      await lockApp(page, lang);

      // Two taps: "Log a contact", then the way of contact.
      const loggedFrom = Date.now();
      await page.getByRole('button', { name: L.log, exact: true }).click();
      await page.getByRole('button', { name: L.call, exact: true }).click();
      await page.getByRole('status').filter({ hasText: L.saved }).waitFor();
      const loggedTo = Date.now();
      // Neutral words: nothing says how many are waiting.
      expect(await page.locator('.locked-log').textContent()).not.toMatch(/\d/);
      await checkFit(page, `${lang}-${width}-lock-screen`);

      // A second, with words, to be discarded: sealed too, so the words are nowhere in storage.
      const words = lang === 'en' ? 'Parked outside the pharmacy' : 'Estacionado frente a la farmacia';
      await page.getByRole('button', { name: L.log, exact: true }).click();
      await page.getByLabel(L.words, { exact: true }).fill(words);
      await checkFit(page, `${lang}-${width}-lock-sheet`);
      await page.getByRole('button', { name: L.text, exact: true }).click();
      await page.getByRole('status').filter({ hasText: L.saved }).waitFor();
      const stored = await idbText(page);
      expect(stored).not.toContain(words.split(' ').at(-1));
      expect(stored).not.toContain(words.slice(0, 12));

      // The logged second and the accepting one must differ for the time kept to be told apart.
      while (Date.now() < loggedTo + 1100) await new Promise((r) => setTimeout(r, 100));
      await unlockApp(page, lang);
      const heading = page.getByRole('heading', { name: L.waiting });
      await heading.waitFor();
      expect(L.waiting.exec((await heading.textContent())!)![1]).toBe('2');
      const offered = page.locator('.locked-list li');
      expect(await offered.nth(1).textContent()).toContain(words);
      await offered.nth(0).getByRole('button', { name: L.accept }).click();
      await page.getByRole('status').filter({ hasText: lang === 'en' ? 'Added to the journal.' : 'Añadido al diario.' }).waitFor();
      await page.locator('.locked-list li').getByRole('button', { name: L.discard }).click();
      await expect.poll(() => page.getByRole('heading', { name: L.waiting }).count()).toBe(0);

      // One entry more, the call, and none holds the discarded words.
      await expect.poll(() => page.locator('.entry-row').count()).toBe(before + 1);
      accepted++;
      expect(await page.locator('.vlist').textContent()).not.toContain(words.slice(0, 12));
      const row = page.locator('.entry-row').first();
      expect(await row.locator('.entry-row-how').textContent()).toBe(L.call);
      await row.click();
      // "Recorded at" is the second it was logged on the lock screen, not when it was accepted.
      const recorded = (await page.locator('.entry-detail .hint').first().textContent())!;
      const candidates = await page.evaluate(({ from, to, lang }) => {
        const f = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'es-US', { dateStyle: 'medium', timeStyle: 'medium' });
        const out: string[] = [];
        for (let s = Math.floor(from / 1000) * 1000; s <= to; s += 1000) out.push(f.format(s));
        return out;
      }, { from: loggedFrom, to: loggedTo, lang });
      expect(candidates.some((c) => recorded.includes(`${L.recorded}: ${c}`)), `${recorded} vs ${candidates.join(' | ')}`).toBe(true);
      // Nothing is waiting after a fresh lock and unlock.
      await lockApp(page, lang);
      await unlockApp(page, lang);
      await page.locator('.entry-row').first().waitFor();
      expect(await page.getByRole('heading', { name: L.waiting }).count()).toBe(0);
      if (lang === 'es') await chooseLanguage(page, 'en');
    });
  }
});

describe('Log again at an earlier time', () => {
  it('"30 minutes ago" makes one version, no amendment, printed as a late entry in the PDF', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('navigation').getByRole('button', { name: 'Journal', exact: true }).click();
    await writeEntry(page, { what: 'Called and hung up', channels: ['Phone call'] });
    const group = page.getByRole('group', { name: 'Once more, now' });
    await group.getByLabel('Earlier', { exact: true }).check();
    await group.getByLabel('30 minutes ago', { exact: true }).check();
    const tapped = Date.now();
    await group.getByRole('button', { name: 'Log again: Phone call', exact: true }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    // It is listed at the time it happened: half an hour back.
    const expected = await page.evaluate((at) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(at), tapped - 30 * 60_000);
    const row = page.locator('.entry-row', { hasText: expected }).filter({ hasNotText: 'Called and hung up' }).first();
    await row.click();
    // One version: no "amended", no history of changes.
    const meta = (await page.locator('.entry-detail .hint').first().textContent())!;
    expect(meta).not.toMatch(/amend/i);
    expect(meta).toContain('Written down');
    expect(await page.getByText('Changed afterwards', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Back to the journal' }).click();

    await journalTool(page, 'Export report');
    const button = page.getByRole('button', { name: 'Download court packet' });
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), clickThroughGate(page, () => button.click())]);
    const out = mkdtempSync(join(dir, 'packet-'));
    await download.saveAs(join(out, 'packet.zip'));
    const { unzip, pdftotext } = packetTools();
    execFileSync(unzip, ['-q', join(out, 'packet.zip'), '-d', out]);
    const text = flat(execFileSync(pdftotext, [join(out, 'report.pdf'), '-'], { encoding: 'utf8' }));
    expect(text).toMatch(new RegExp(`Written down [A-Z][a-z]{2} \\d+, \\d{4}, \\d+:\\d{2} [AP]M about a contact on ${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s')}`));
    expect(text).not.toContain('Changed afterwards');
    await page.getByRole('navigation').getByRole('button', { name: 'Journal', exact: true }).click();
  });
});

describe('cards, Log again buttons and the More menu fit', () => {
  it('at 320 and 390 px, in English and Spanish, with badges, long ways of contact and the More menu open', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('navigation').getByRole('button', { name: 'Journal', exact: true }).click();
    await writeEntry(page, { what: 'Rang twice', channels: ['Phone call'] });
    await writeEntry(page, {
      what: 'Showed up at work, then followed me to the car park and left a note on the windscreen',
      channels: ['Phone call', 'Threats', 'Showed up in person', 'At work or school', 'Followed or watched me', 'Tracking or monitoring (location, spyware, accounts)'],
      more: { 'How many times': '3' },
      files: [{ name: 'note.png', mimeType: 'image/png', buffer: pngWithText('quick-log-note') }],
    });
    // Amended once: a third badge. (Other rows share its minute, so it is found by its words.)
    const big = page.locator('.entry-row', { hasText: 'Showed up at work' }).first();
    await big.click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('What happened', { exact: true }).fill('Showed up at work, then followed me to the car park (amended)');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    // The card holds its time, its ways, three badges and the summary, each checked below for fit.
    await expect.poll(() => big.locator('.badge').allTextContents()).toEqual(['Amended', '3 times', '1 evidence']);
    expect(await big.locator('time').count()).toBe(1);
    // The Threats combination stands apart from the plain call, and each button names its ways in full.
    const buttons = page.locator('.log-again-buttons button');
    const names = await buttons.allTextContents();
    const threat = names.findIndex((n) => n.includes('Threats'));
    expect(names[threat]).toBe('Log again: Phone call, Showed up in person, At work or school, Followed or watched me, Threats, Tracking or monitoring (location, spyware, accounts)');
    expect(await buttons.nth(threat).getAttribute('class')).toContain('threats');
    expect(await buttons.nth(names.indexOf('Log again: Phone call')).getAttribute('class')).not.toContain('threats');
    // Logging one keeps every button where it was (a thumb aimed at the next one hits what it aimed at).
    await buttons.nth(names.indexOf('Log again: Phone call')).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await buttons.allTextContents()).toEqual(names);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('That entry was taken back.').waitFor();

    for (const lang of ['en', 'es'] as const) {
      if (lang === 'es') await chooseLanguage(page, 'es');
      await page.getByRole('navigation').getByRole('button', { name: LABELS[lang].journal, exact: true }).click();
      for (const [width, height] of [[320, 568], [390, 844]] as const) {
        await page.setViewportSize({ width, height });
        await page.locator('.entry-row').first().waitFor();
        await expect.poll(() => page.evaluate(overflowing).then((p) => p.length), { timeout: 5000 }).toBe(0).catch(() => undefined);
        await checkFit(page, `${lang}-${width}-list`);
        await page.getByRole('button', { name: lang === 'en' ? 'More' : 'Más', exact: true }).click();
        await checkFit(page, `${lang}-${width}-more-open`);
        await page.getByRole('button', { name: lang === 'en' ? 'More' : 'Más', exact: true }).click();
      }
    }
    await chooseLanguage(page, 'en');
  });
});
