// Touch details on a phone (issue 14), on every main screen at 320×568 with a touch screen:
// 44×44 px targets (wrapped checkboxes too), 16 px body text and 14 px labels, no hints about
// keys, and no sticky bar over the field being typed in.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createVault, launch, type Session } from './harness';
import { dismissNotices, journalTool, writeEntry } from './journal-helpers';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Everything on screen a finger aims at, and text smaller than the rules allow. */
function measure() {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('[hidden], .visually-hidden');
  };
  const name = (el: Element) => `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
  const small: string[] = [];
  const targets = 'button, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea, summary, a.button, #quick-exit';
  for (const el of document.querySelectorAll(targets)) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 44 || r.height < 44) small.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
  }
  // A checkbox's target is the box and its label together (a tap on either ticks it); the box never shrinks.
  for (const box of document.querySelectorAll('input[type=checkbox], input[type=radio]')) {
    if (!visible(box)) continue;
    const input = box as HTMLInputElement;
    const rects = [input.getBoundingClientRect(), ...[...(input.labels ?? [])].map((l) => l.getBoundingClientRect())];
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    const own = input.getBoundingClientRect();
    if (bottom - top < 44 || right - left < 44 || own.width < 24) small.push(`checkbox:${input.labels?.[0]?.textContent?.slice(0, 30)} ${Math.round(own.width)}px in ${Math.round(right - left)}×${Math.round(bottom - top)}`);
  }
  const tinyText: string[] = [];
  const walker = document.createTreeWalker(document.getElementById('app')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement!;
    if (!node.textContent?.trim() || !visible(el) || el.closest('svg, .report-doc, .chart')) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    // Labels under icons, badges and a row's "how" line may be 14 px; everything else is body text.
    const label = el.closest('.tab, .badge, .entry-row-how, .section-state, button.small');
    if (size < (label ? 14 : 16)) tinyText.push(`${name(el)} ${size}px`);
  }
  const keyHints = [...document.querySelectorAll('#app *')].filter((el) => visible(el) && el.children.length === 0 && /arrow keys|Control and Enter/i.test(el.textContent ?? '')).map(name);
  const describedByKeys = document.querySelectorAll('[aria-describedby~="j-keys"]').length;
  return { small, tinyText, keyHints, describedByKeys };
}

async function screens(page: Page): Promise<Array<[string, () => Promise<void>]>> {
  const tab = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  return [
    ['journal', () => tab('Journal')],
    ['entry form', async () => { await tab('Journal'); await page.getByRole('button', { name: 'New entry' }).click(); await page.getByLabel('What happened', { exact: true }).waitFor(); }],
    ['entry', async () => { await tab('Journal'); await page.locator('.entry-row').first().click(); await page.getByRole('button', { name: 'Edit', exact: true }).waitFor(); }],
    // Issue 23: the protection order's own screen (date fields side by side where they fit).
    ['order', async () => { await tab('Journal'); await journalTool(page, 'Protection order'); await page.getByLabel('Served on').waitFor(); }],
    ['letters', () => tab('Letters')],
    ['letter', async () => { await tab('Letters'); await page.getByRole('button', { name: 'Short no-contact notice' }).click(); await page.getByRole('button', { name: 'Mark as sent' }).waitFor(); }],
    ['plan', () => tab('Safety plan')],
    ['plan part', async () => { await tab('Safety plan'); await page.getByRole('button', { name: /technology/i }).first().click(); await page.getByRole('heading', { level: 2, name: /technology/i }).waitFor(); }],
    ['resources', () => tab('Resources')],
    ['steps', async () => { await tab('Resources'); await page.getByRole('button', { name: 'Step by step' }).click(); await page.getByRole('heading', { level: 2, name: 'Step by step' }).waitFor(); }],
    ['settings', () => tab('Settings')],
  ];
}

describe('touch screens', () => {
  it('every target is 44×44 px, text is 16 px (labels 14), and no hint speaks of keys', async () => {
    session = await launch({ touch: true });
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await writeEntry(page, { what: 'Called from a withheld number', channels: ['Phone call', 'Threats'] });
    await page.setViewportSize({ width: 320, height: 568 });
    expect(await page.evaluate(() => matchMedia('(pointer: coarse) and (hover: none)').matches)).toBe(true);
    const found: Record<string, ReturnType<typeof measure>> = {};
    for (const [name, open] of await screens(page)) {
      await open();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(300); // the screen's own data drawn
      found[name] = await page.evaluate(measure);
    }
    const problems = Object.entries(found).flatMap(([screen, m]) => [
      ...m.small.map((s) => `${screen}: small target ${s}`),
      ...m.tinyText.map((s) => `${screen}: small text ${s}`),
      ...m.keyHints.map((s) => `${screen}: key hint ${s}`),
      ...(m.describedByKeys ? [`${screen}: described by a key hint`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('no sticky bar covers the field being typed in', async () => {
    session = await launch({ touch: true });
    const { page } = session;
    await createVault(page);
    await dismissNotices(page);
    await page.setViewportSize({ width: 320, height: 568 });
    const covered: string[] = [];
    for (const open of [
      async () => { await page.getByRole('button', { name: 'New entry' }).click(); await page.getByLabel('What happened', { exact: true }).waitFor(); },
      async () => { await page.getByRole('navigation').getByRole('button', { name: 'Safety plan', exact: true }).click(); await page.getByRole('button', { name: /technology/i }).first().click(); await page.getByRole('heading', { level: 2, name: /technology/i }).waitFor(); },
    ]) {
      await open();
      const fields = await page.locator('#app input:visible, #app textarea:visible, #app select:visible').all();
      for (const field of fields) {
        await field.focus();
        const hit = await field.evaluate(async (el) => {
          // Focus scrolls the field into view: test where it comes to rest (the same place two
          // frames running), not a fixed wait that a busy machine outlasts.
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          for (let last = NaN, i = 0; i < 60; i++) {
            await frame();
            const top = el.getBoundingClientRect().top;
            if (top === last) break;
            last = top;
          }
          const r = el.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + Math.min(12, r.height / 2));
          return { ok: at === el || el.contains(at) || (el as HTMLInputElement).labels?.[0]?.contains(at) === true, id: el.id, at: at?.className ?? '' };
        });
        if (!hit.ok) covered.push(`${hit.id} under ${hit.at}`);
      }
    }
    expect(covered).toEqual([]);
  });
});
