// The duress passphrase under the Notes look (issue 21) and logging while locked (issue 24), run in every engine on the everyday vault.
import { expect } from 'vitest';
import { bodyText, click, exists, fill, find, setValue, until, waitStatus, type Driver } from './driver';
import { ENTRY, PASSPHRASE, nav, passGate, settings, unlock } from './flows';

export const DURESS = 'grocery list tuesday';
/** The decoy's one note (one line: WebKit's WebDriver types no newline into a textarea reliably). */
export const DECOY_NOTE = 'Pick up the dry cleaning';
/** Written in the notes app the duress passphrase opens: it must stay in the decoy. */
export const DECOY_WRITTEN = 'Call the plumber about the sink';
/** The words of the contact logged on the lock screen, to find its entry once accepted. */
export const LOCKED_WORDS = 'Rang twice from a hidden number';

/**
 * WebDriver's Enter key. Puppeteer (Firefox, BiDi) passes a one-code-point key through as is and
 * WebKitWebDriver reads it in Send Keys, so typed after the text it is a real Enter in both.
 */
const ENTER = '\uE007';

/** Words that would name Daybook or its purpose in the decoy's visible text. */
const GIVEAWAY = /\b(journal|letters|safety plan|resources|quick exit|daybook)\b/i;

/** Chooses how the app appears (Settings → Disguise and Quick exit) and waits until it is stored. */
export async function chooseLook(d: Driver, look: 'Daybook' | 'Notes'): Promise<void> {
  await settings(d);
  await click(d, 'radio', look, { within: 'How this app appears' });
  // In Settings the look changes only with the passphrase (issue 22).
  await passGate(d);
  await waitStatus(d, `This app now appears as “${look}”.`);
}

/** Settings → Duress passphrase: the current passphrase, the duress one twice, and the decoy's one note. */
export async function turnOnDuress(d: Driver): Promise<void> {
  await settings(d);
  const within = 'Duress passphrase';
  await fill(d, 'Your passphrase', PASSPHRASE, { within });
  await fill(d, 'Duress passphrase', DURESS, { within });
  await fill(d, 'Repeat duress passphrase', DURESS, { within });
  // Replaces the example notes at once, as a paste would.
  await setValue(d, 'The decoy’s notes', DECOY_NOTE, { within });
  await click(d, 'button', 'Turn on duress passphrase', { within });
  await waitStatus(d, 'Duress passphrase turned on.', 60_000);
}

/** Types into the Notes front's one field (a search box) and presses Enter, as a person would. */
async function searchFront(d: Driver, text: string): Promise<void> {
  await fill(d, 'Search', text + ENTER);
}

/**
 * Duress under the Notes look: a duress passphrase and the Notes look set, locked; the duress
 * passphrase typed in the front's search opens a plain notes app (the decoy's note, New note,
 * nothing of Daybook, no navigation); a note added there is listed. Reloaded (the app always
 * starts locked, as the Chromium test relocks), the real passphrase in the same search opens the
 * real journal, without the decoy's notes. Ends unlocked on the journal, the look back to Daybook.
 */
export async function duressUnderNotes(d: Driver): Promise<void> {
  await turnOnDuress(d);
  await chooseLook(d, 'Notes');
  await click(d, 'button', 'Lock');
  await find(d, 'field', 'Search', { timeout: 30_000 });
  // The Notes front: no passphrase field, no lock-screen logging (that is the Daybook look's).
  expect(await exists(d, 'field', 'Passphrase')).toBe(false);
  expect(await exists(d, 'button', 'Log a contact')).toBe(false);

  await searchFront(d, DURESS);
  // The front has "New note" too: the decoy's own note is what only the notes app shows.
  await find(d, 'button', new RegExp(DECOY_NOTE), { timeout: 60_000 });
  await find(d, 'heading', 'Notes');
  await find(d, 'button', 'New note');
  const text = await bodyText(d);
  expect(text).not.toMatch(GIVEAWAY);
  expect(text).not.toContain(ENTRY);
  expect(await d.run<number>(`() => document.querySelectorAll('nav, [role=navigation]').length`)).toBe(0);

  await click(d, 'button', 'New note');
  await fill(d, 'Note', DECOY_WRITTEN);
  await click(d, 'button', 'Save');
  await find(d, 'heading', DECOY_WRITTEN);
  await click(d, 'button', /Back$/);
  await find(d, 'button', new RegExp(DECOY_WRITTEN));
  await find(d, 'button', new RegExp(DECOY_NOTE));
  expect(await bodyText(d)).not.toMatch(GIVEAWAY);

  // The decoy has no Lock: leaving (here a reload) is what locks it.
  await d.reload();
  await find(d, 'field', 'Search', { timeout: 30_000 });
  expect(await exists(d, 'button', new RegExp(DECOY_WRITTEN))).toBe(false);
  await searchFront(d, PASSPHRASE);
  await find(d, 'button', 'Journal', { css: 'nav', timeout: 60_000 });
  await nav(d, 'Journal');
  await find(d, 'button', new RegExp(ENTRY));
  const real = await bodyText(d);
  expect(real).not.toContain(DECOY_WRITTEN);
  expect(real).not.toContain(DECOY_NOTE);
  // The decoy's writes are not reported as records slipped into the real vault.
  expect(real).not.toContain('Since you last opened it');

  await chooseLook(d, 'Daybook');
  await nav(d, 'Journal');
}

const rows = (d: Driver) => d.run<number>(`() => document.querySelectorAll('.entry-row').length`);

/**
 * Logging while locked: on the Daybook lock screen "Log a contact", a few words and "Phone call"
 * save it sealed; after unlocking, the journal offers it, and accepted it is an entry in the list.
 */
export async function logWhileLocked(d: Driver): Promise<void> {
  await nav(d, 'Journal');
  await find(d, 'button', new RegExp(ENTRY));
  const before = await rows(d);
  await click(d, 'button', 'Lock');
  await find(d, 'field', 'Passphrase', { timeout: 30_000 });

  await click(d, 'button', 'Log a contact');
  await fill(d, 'A few words (optional)', LOCKED_WORDS);
  await click(d, 'button', 'Phone call', { within: 'Log a contact' });
  await waitStatus(d, 'Saved.', 30_000);
  // Neutral words after a save: nothing says what waits.
  expect(await d.run<string>(`() => document.querySelector('.locked-log').textContent`)).not.toMatch(/\d|hidden number/);

  await unlock(d);
  await find(d, 'heading', 'Logged while locked: 1', { timeout: 60_000 });
  expect(await bodyText(d)).toContain(LOCKED_WORDS);
  // Offered, not yet in the journal.
  expect(await exists(d, 'button', new RegExp(LOCKED_WORDS))).toBe(false);
  await click(d, 'button', 'Accept into the journal');
  await waitStatus(d, 'Added to the journal.', 30_000);
  await find(d, 'button', new RegExp(`Phone call.*${LOCKED_WORDS}`));
  await until('one more entry in the list', async () => (await rows(d)) === before + 1);
  expect(await exists(d, 'heading', /^Logged while locked/)).toBe(false);
}
