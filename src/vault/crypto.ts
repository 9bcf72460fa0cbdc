// The narrow crypto interface over libsodium (sumo: the only build with Argon2id).
// Loaded lazily and only inside the vault worker (or Node tests).
import type sodiumType from 'libsodium-wrappers-sumo';
import type { KdfParams } from './format';

type Sodium = typeof sodiumType;
let sodium: Sodium | null = null;

export async function loadSodium(): Promise<Sodium> {
  if (sodium) return sodium;
  const mod = await import('libsodium-wrappers-sumo');
  await mod.default.ready;
  sodium = mod.default;
  return sodium;
}

function s(): Sodium {
  if (!sodium) throw new Error('sodium-not-loaded');
  return sodium;
}

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

export function randomBytes(n: number): Uint8Array {
  return s().randombytes_buf(n);
}

export function deriveKek(passphrase: Uint8Array, kdf: KdfParams): Uint8Array {
  if (kdf.alg !== 'argon2id13') throw new Error('unsupported-kdf');
  return s().crypto_pwhash(KEY_BYTES, passphrase, kdf.salt, kdf.ops, kdf.mem, s().crypto_pwhash_ALG_ARGON2ID13);
}

export interface Sealed {
  nonce: Uint8Array;
  ct: Uint8Array;
}

export function seal(plain: Uint8Array, ad: Uint8Array, key: Uint8Array): Sealed {
  const nonce = s().randombytes_buf(s().crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ct = s().crypto_aead_xchacha20poly1305_ietf_encrypt(plain, ad, null, nonce, key);
  return { nonce, ct };
}

/** Returns null when authentication fails (wrong key, tampered, truncated or moved data). */
export function open(sealed: Sealed, ad: Uint8Array, key: Uint8Array): Uint8Array | null {
  try {
    return s().crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed.ct, ad, sealed.nonce, key);
  } catch {
    return null;
  }
}

export function wipe(bytes: Uint8Array | null | undefined): void {
  if (bytes) s().memzero(bytes);
}

export interface Sha256Stream {
  update(chunk: Uint8Array): void;
  hex(): string;
}

export function sha256Stream(): Sha256Stream {
  const state = s().crypto_hash_sha256_init();
  return {
    update: (chunk) => s().crypto_hash_sha256_update(state, chunk),
    hex: () => s().to_hex(s().crypto_hash_sha256_final(state)),
  };
}

export function randomId(): string {
  return s().to_base64(s().randombytes_buf(16), s().base64_variants.URLSAFE_NO_PADDING);
}
