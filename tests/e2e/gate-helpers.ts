// The passphrase gate (ui/PassphraseGate.tsx) as the person passes it: her passphrase typed in
// the step that opened, "Go on", and the step gone.
import type { Page } from 'playwright-core';
import { PASSPHRASE } from './harness';

export const gateOf = (page: Page) => page.getByRole('group', { name: 'Your passphrase, to go on' });

/** The gate's words in English; the Spanish tests pass their catalog's (or SPANISH). */
const ENGLISH = { title: 'Your passphrase, to go on', field: 'Your passphrase', button: 'Go on' };
export const SPANISH = { title: 'Tu frase de contraseña, para seguir', field: 'Tu frase de contraseña', button: 'Seguir' };

/** Passes the open gate (waits for it to show first). */
export async function passGate(page: Page, passphrase = PASSPHRASE, words = ENGLISH): Promise<void> {
  const gate = page.getByRole('group', { name: words.title });
  await gate.getByLabel(words.field, { exact: true }).fill(passphrase);
  await gate.getByRole('button', { name: words.button }).click();
  await gate.waitFor({ state: 'detached' });
}

/** Clicks what opens the gate, then passes it. */
export async function clickThroughGate(page: Page, open: () => Promise<void>, passphrase = PASSPHRASE): Promise<void> {
  await open();
  await passGate(page, passphrase);
}
