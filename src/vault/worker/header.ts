// The unlocked vault's header: read and checked, its KDF settings, and a passphrase re-typed to
// confirm a sensitive action (export, import, erase, duress) checked against it.
import { sameBytes, wipe } from './crypto';
import { HEADER_ID, STORE, type VaultHeader } from '../format';
import { VaultError } from '../errors';
import { checkHeader, openSlots, REAL_SLOT, type SlotMatch } from './keyslots';
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

/** Returns the matching slot; a passphrase that opens another vault key is as wrong as none. */
export async function confirmPassphrase(state: VaultState, passphrase: string): Promise<SlotMatch> {
  const match = openSlots(await readHeader(state), passphrase);
  if (!match || !sameBytes(match.key, state.vaultKey())) {
    if (match) wipe(match.kek);
    wipe(match?.key);
    throw new VaultError('wrong-passphrase');
  }
  return match;
}
