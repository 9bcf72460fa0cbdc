// The unlocked vault's header: read and checked, its KDF settings, and a passphrase re-typed to
// confirm a sensitive action (export, import, erase, duress, a guard setting) checked against it,
// through the same attempt log and wait as the lock screen (attempts.ts).
import { sameBytes, wipe } from './crypto';
import { HEADER_ID, STORE, type VaultHeader } from '../format';
import { VaultError } from '../errors';
import { checkHeader, openSlots, REAL_SLOT, type SlotMatch } from './keyslots';
import { endWait, recordFailure, refuseWhileWaiting } from './attempts';
import type { VaultState } from './state';
import type { KdfSettings } from './types';

export async function readHeader(state: VaultState): Promise<VaultHeader> {
  return checkHeader((await state.database().get(STORE.header, HEADER_ID)) as VaultHeader | undefined);
}

/** The real slot's Argon2id settings (what a backup is sealed with unless told otherwise). */
export async function kdfSettings(state: VaultState): Promise<KdfSettings> {
  const { ops, mem } = (await readHeader(state)).slots[REAL_SLOT]!.kdf;
  return { ops, mem };
}

/**
 * Returns the matching slot; a passphrase that opens another vault key is as wrong as none.
 * During the wait it is refused before any derivation; a wrong one is counted in the attempt
 * log (reported at the next real unlock) and lengthens the wait as a wrong unlock does: a field
 * in the open app must not be a faster oracle than the lock screen.
 */
export async function confirmPassphrase(state: VaultState, passphrase: string): Promise<SlotMatch> {
  state.vaultKey();
  const header = await readHeader(state);
  const db = state.database();
  await refuseWhileWaiting(db, header, state.now(), 'confirm');
  const match = openSlots(header, passphrase);
  if (!match || !sameBytes(match.key, state.vaultKey())) {
    if (match) wipe(match.kek);
    wipe(match?.key);
    await recordFailure(db, header, state.now(), { via: 'confirm' }).catch(() => undefined);
    throw new VaultError('wrong-passphrase');
  }
  await endWait(db);
  return match;
}

/** The passphrase checked (and thrown away): for a gate that only needs to know it was typed. */
export async function checkPassphrase(state: VaultState, passphrase: string): Promise<void> {
  const match = await confirmPassphrase(state, passphrase);
  wipe(match.kek);
  wipe(match.key);
}
