// Shared by the duress-under-a-disguise browser tests: what a screen gives away (visible text and
// every accessible name), a Tab walk of its controls, and the words that would name Daybook.
import type { Page } from 'playwright-core';

/** The words (English), their Spanish forms, and the English ones again under Spanish. */
const EN_WORDS = ['journal', 'letter', 'safety', 'plan', 'resources', 'hotline', 'passphrase', 'daybook', 'abuse', 'stalking', 'incident'];
const ES_WORDS = ['diario', 'carta', 'seguridad', 'plan', 'recursos', 'línea de ayuda', 'contraseña', 'abuso', 'acoso', 'incidente', 'desbloque', 'emergencia'];
/** A word at the start of a word ("Letters", "planning"), never inside one. */
const startsWord = (words: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})`, 'iu');
export const FORBIDDEN = { en: startsWord(EN_WORDS), es: startsWord([...EN_WORDS, ...ES_WORDS]) };

/** Everything a person or a screen reader gets from the page: its text, the accessibility tree, and names held in attributes. */
export async function exposed(page: Page): Promise<string> {
  const tree = await page.locator('body').ariaSnapshot();
  const attrs = await page.evaluate(() => {
    const out = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('*')) {
      for (const name of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    for (const label of document.querySelectorAll('label, legend, caption')) out.push(label.textContent ?? '');
    return out.join('\n');
  });
  return `${tree}\n${attrs}`;
}

/** What a screen gives away: the forbidden words found (none expected) and a navigation landmark, if any. */
export async function giveaways(page: Page, lang: 'en' | 'es'): Promise<string[]> {
  const text = await exposed(page);
  const found = [...text.matchAll(new RegExp(FORBIDDEN[lang].source, 'giu'))].map((m) => m[0]);
  if (await page.getByRole('navigation').count()) found.push('<navigation landmark>');
  return found;
}

interface Stop { tag: string; name: string; inApp: boolean; href: string | null }

/** Tabs from the top of the page until focus comes round again: every control reachable by keyboard. */
export async function tabWalk(page: Page, max = 80): Promise<Stop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  const first = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      // Its text as a screen reader reads it: what is aria-hidden is not part of the name.
      const shown = el.cloneNode(true) as HTMLElement;
      for (const hidden of shown.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return {
        key: `${el.tagName}#${el.id}|${el.textContent}|${[...el.parentElement?.children ?? []].indexOf(el)}|${el.closest('li') ? [...el.closest('ul')!.children].indexOf(el.closest('li')!) : -1}`,
        tag: el.tagName.toLowerCase(),
        name: el.getAttribute('aria-label') ?? labelled ?? shown.textContent ?? '',
        inApp: Boolean(el.closest('#app, #exit-bar')),
        href: el.getAttribute('href'),
      };
    });
    if (!stop) continue;
    if (first.has(stop.key)) break;
    first.add(stop.key);
    stops.push({ tag: stop.tag, name: stop.name, inApp: stop.inApp, href: stop.href });
  }
  return stops;
}

/** The page has room at this width: nothing wider than the screen (no sideways scrolling). */
export const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > innerWidth + 1);

/** Locks as leaving does: the page goes and comes back (the app always starts locked). */
export async function lockByReload(page: Page): Promise<void> {
  await page.reload();
}

/** The page hidden (switching apps): the auto-lock's default locks at once. */
export async function hidePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
}
