// Key slots: every header has two (the passphrase's, and the duress passphrase's or random
// filler), both under the same Argon2id parameters and salt. Unlock derives one key-encryption
// key and tries every slot, so its cost and the header's shape say nothing about duress.
import { deriveKek, open, randomBytes, seal, wipe, KEY_BYTES, SALT_BYTES, TAG_BYTES, NONCE_BYTES } from './crypto';
import { VAULT_VERSION, MIN_FORMAT_VERSION, headerAD, kdfInBounds, type KdfParams, type KeySlot, type VaultHeader } from '../format';
import { VaultError } from '../errors';

export const SLOT_COUNT = 2;
export const REAL_SLOT = 0;
export const DURESS_SLOT = 1;

const encoder = new TextEncoder();

export function newKdf(params: { ops: number; mem: number }): KdfParams {
  const kdf: KdfParams = { alg: 'argon2id13', ops: params.ops, mem: params.mem, salt: randomBytes(SALT_BYTES) };
  if (!kdfInBounds(kdf)) throw new VaultError('unsupported', 'kdf');
  return kdf;
}

const copyKdf = (kdf: KdfParams): KdfParams => ({ ...kdf, salt: kdf.salt.slice() });

/**
 * Refuses, before any derivation, a header that is not of a known version and shape, or whose
 * Argon2id settings lie outside the bounds: a forged header must not buy a run of any cost.
 */
export function checkHeader(header: VaultHeader | undefined): VaultHeader {
  if (!header) throw new VaultError('no-vault');
  if (!Number.isInteger(header.v) || header.v > VAULT_VERSION || header.v < MIN_FORMAT_VERSION) throw new VaultError('unsupported', 'header version');
  const ok = Array.isArray(header.slots) && header.slots.length === SLOT_COUNT && header.slots.every((slot) =>
    kdfInBounds(slot?.kdf) && slot.kdf.salt instanceof Uint8Array && slot.kdf.salt.length === SALT_BYTES
    && slot.nonce instanceof Uint8Array && slot.nonce.length === NONCE_BYTES && slot.sealed instanceof Uint8Array && slot.sealed.length === KEY_BYTES + TAG_BYTES);
  if (!ok) throw new VaultError('corrupt', 'header');
  return header;
}

export function deriveFor(passphrase: string, kdf: KdfParams): Uint8Array {
  const pass = encoder.encode(passphrase.normalize('NFC'));
  try {
    return deriveKek(pass, kdf);
  } finally {
    wipe(pass);
  }
}

export function sealSlot(kek: Uint8Array, key: Uint8Array, kdf: KdfParams, index: number): KeySlot {
  const { nonce, ct } = seal(key, headerAD(index), kek);
  return { kdf: copyKdf(kdf), nonce, sealed: ct };
}

/** A slot nobody can open, the same size and shape as a real one. */
export function fillerSlot(kdf: KdfParams): KeySlot {
  return { kdf: copyKdf(kdf), nonce: randomBytes(NONCE_BYTES), sealed: randomBytes(KEY_BYTES + TAG_BYTES) };
}

const sameKdf = (a: KdfParams, b: KdfParams) =>
  a.alg === b.alg && a.ops === b.ops && a.mem === b.mem && a.salt.length === b.salt.length && a.salt.every((x, i) => x === b.salt[i]);

export interface SlotMatch {
  key: Uint8Array;
  index: number;
  /** The key-encryption key that opened it (to re-seal without another Argon2id). Wipe after use. */
  kek: Uint8Array;
}

/** Tries the passphrase on every slot (constant work: no early exit); the first match wins. */
export function openSlots(header: VaultHeader, passphrase: string): SlotMatch | null {
  const keks: Array<{ kdf: KdfParams; kek: Uint8Array }> = [];
  let found: SlotMatch | null = null;
  header.slots.forEach((slot, index) => {
    let entry = keks.find((k) => sameKdf(k.kdf, slot.kdf));
    if (!entry) {
      entry = { kdf: slot.kdf, kek: deriveFor(passphrase, slot.kdf) };
      keks.push(entry);
    }
    const key = open({ nonce: slot.nonce, ct: slot.sealed }, headerAD(index), entry.kek);
    if (key && !found) found = { key, index, kek: entry.kek.slice() };
    else wipe(key);
  });
  for (const entry of keks) wipe(entry.kek);
  return found;
}

/** Whether a key-encryption key opens a given slot (used to refuse a duress passphrase equal to the real one). */
export function opensSlot(header: VaultHeader, index: number, kek: Uint8Array): boolean {
  const slot = header.slots[index];
  if (!slot) return false;
  const key = open({ nonce: slot.nonce, ct: slot.sealed }, headerAD(index), kek);
  wipe(key);
  return key !== null;
}
