// The narrow crypto interface over libsodium (sumo: the only build with Argon2id).
// Loaded lazily and only inside the vault worker (or Node tests).
import type sodiumType from 'libsodium-wrappers-sumo';
import type { KdfParams } from '../format';

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

/**
 * From the platform's CSPRNG (crypto.getRandomValues, which libsodium's browser build also
 * draws from) in one call: libsodium's wasm randombytes_buf calls back into JavaScript for
 * every 4 bytes, which made sealing 10,000 small records several times slower.
 */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let at = 0; at < n; at += 65536) globalThis.crypto.getRandomValues(out.subarray(at, Math.min(n, at + 65536)));
  return out;
}

export function deriveKek(passphrase: Uint8Array, kdf: KdfParams): Uint8Array {
  if (kdf.alg !== 'argon2id13') throw new Error('unsupported-kdf');
  return s().crypto_pwhash(KEY_BYTES, passphrase, kdf.salt, kdf.ops, kdf.mem, s().crypto_pwhash_ALG_ARGON2ID13);
}

export interface Sealed {
  nonce: Uint8Array;
  ct: Uint8Array;
}

/** `nonce` is for known-answer tests only: every real call takes a fresh random one. */
export function seal(plain: Uint8Array, ad: Uint8Array, key: Uint8Array, nonce: Uint8Array = randomBytes(NONCE_BYTES)): Sealed {
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

/** libsodium's own wasm exports, under the wrappers: used for the one hot loop (opening rows). */
interface RawSodium {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _crypto_aead_xchacha20poly1305_ietf_decrypt(m: number, mlen: number, nsec: number, c: number, clen: number, clenHigh: number, ad: number, adlen: number, adlenHigh: number, npub: number, k: number): number;
}

/** One scratch area in the wasm heap, grown as needed: key | nonce | length | ad | ct | plain. */
let scratch: { base: number; adCap: number; ctCap: number } | null = null;
const SCRATCH_AD = 256;

/**
 * Like open(), without the wrappers' malloc, copy and free on every call (which cost more than the
 * decryption of a 1 KiB row): the ciphertext goes into a reused area of the wasm heap and the
 * plaintext is handed to `use` as a view of it, zeroed (with the key) as soon as `use` returns.
 * `use` must not keep the view. null when authentication fails.
 */
export function openWith<T>(sealed: Sealed, ad: Uint8Array, key: Uint8Array, use: (plain: Uint8Array) => T): T | null {
  const raw = (s() as unknown as { libsodium?: RawSodium }).libsodium;
  if (!raw || ad.length > SCRATCH_AD || sealed.nonce.length !== NONCE_BYTES || key.length !== KEY_BYTES || sealed.ct.length < TAG_BYTES) {
    const plain = open(sealed, ad, key);
    if (!plain) return null;
    try {
      return use(plain);
    } finally {
      wipe(plain);
    }
  }
  const ctLength = sealed.ct.length;
  if (!scratch || scratch.ctCap < ctLength) {
    if (scratch) raw._free(scratch.base);
    const ctCap = Math.max(ctLength, 64 * 1024);
    scratch = { base: raw._malloc(KEY_BYTES + NONCE_BYTES + 8 + SCRATCH_AD + 2 * ctCap), adCap: SCRATCH_AD, ctCap };
  }
  const pKey = scratch.base;
  const pNonce = pKey + KEY_BYTES;
  const pLength = pNonce + NONCE_BYTES;
  const pAd = pLength + 8;
  const pCt = pAd + scratch.adCap;
  const pPlain = pCt + scratch.ctCap;
  let heap = raw.HEAPU8;
  heap.set(key, pKey);
  heap.set(sealed.nonce, pNonce);
  heap.set(ad, pAd);
  heap.set(sealed.ct, pCt);
  const failed = raw._crypto_aead_xchacha20poly1305_ietf_decrypt(pPlain, pLength, 0, pCt, ctLength, 0, pAd, ad.length, 0, pNonce, pKey);
  heap = raw.HEAPU8; // the heap may have been replaced had it grown
  const plainLength = ctLength - TAG_BYTES;
  try {
    return failed === 0 ? use(heap.subarray(pPlain, pPlain + plainLength)) : null;
  } finally {
    heap.fill(0, pKey, pKey + KEY_BYTES);
    heap.fill(0, pPlain, pPlain + plainLength);
  }
}

/**
 * Argon2id's working memory, made ahead of need. A fresh worker's first Argon2id run spends most
 * of its time growing the wasm heap and faulting in every page of it, not hashing (measured once
 * in Node 20 on a 2-core machine: 526 ms cold, 156–201 ms once the heap had grown). `touch` writes
 * zeros over the next `step` bytes (false once all are done); `free` hands the block back to
 * libsodium's allocator, which reuses it for the next Argon2id run without growing again.
 * null when the wrappers do not expose the heap (then there is nothing to ready).
 */
export function kdfMemory(bytes: number, step: number): { touch(): boolean; free(): void } | null {
  const raw = (s() as unknown as { libsodium?: RawSodium }).libsodium;
  if (!raw) return null;
  // Argon2's own allocation is the blocks plus alignment; a little more keeps it inside this block.
  const size = bytes + 64 * 1024;
  let base = raw._malloc(size);
  if (!base) return null;
  let done = 0;
  return {
    touch() {
      if (!base || done >= size) return false;
      const end = Math.min(size, done + step);
      raw.HEAPU8.fill(0, base + done, base + end); // HEAPU8 read each time: the heap may have grown
      done = end;
      return done < size;
    },
    free() {
      if (base) raw._free(base);
      base = 0;
    },
  };
}

/** Zeroes key material and plaintext we are done with. libsodium-wrappers' memzero is a JS
 *  byte loop over the same JS-heap array; fill(0) does the same at memset speed (it was the
 *  single biggest cost of streaming a backup). */
/**
 * Checks an XChaCha20-Poly1305-IETF tag without decrypting: the one-time Poly1305 key is the
 * first 32 bytes of the XChaCha20 keystream (block 0, the same in the IETF construction), and
 * the tag covers AD | pad16 | CT | pad16 | le64(|AD|) | le64(|CT|) (RFC 8439 §2.8). About five
 * times cheaper than decrypting; used only to vet a whole backup before the decrypting pass,
 * which stays authoritative.
 */
export function verifyTag(sealed: Sealed, ad: Uint8Array, key: Uint8Array): boolean {
  const { ct, nonce } = sealed;
  if (ct.length < TAG_BYTES || nonce.length !== NONCE_BYTES) return false;
  const body = ct.subarray(0, ct.length - TAG_BYTES);
  const polyKey = s().crypto_stream_xchacha20_xor(new Uint8Array(32), nonce, key);
  const state = s().crypto_onetimeauth_init(polyKey);
  const lengths = new Uint8Array(16);
  const view = new DataView(lengths.buffer);
  view.setUint32(0, ad.length, true);
  view.setUint32(8, body.length, true);
  for (const part of [ad, new Uint8Array((16 - (ad.length % 16)) % 16), body, new Uint8Array((16 - (body.length % 16)) % 16), lengths]) {
    if (part.length) s().crypto_onetimeauth_update(state, part);
  }
  const tag = s().crypto_onetimeauth_final(state);
  wipe(polyKey);
  return sameBytes(tag, ct.subarray(body.length));
}

export function wipe(bytes: Uint8Array | null | undefined): void {
  bytes?.fill(0);
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
  return toBase64(randomBytes(16));
}

/** URL-safe base64 without padding (needs no libsodium: ids are made before it loads). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not URL-safe unpadded base64. */
export function fromBase64(text: string): Uint8Array {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new TypeError('invalid base64');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A subkey for one purpose (BLAKE2b KDF); `context` must be exactly 8 characters. */
export function deriveSubkey(key: Uint8Array, id: number, context: string): Uint8Array {
  return s().crypto_kdf_derive_from_key(KEY_BYTES, id, context, key);
}

export interface MacStream {
  update(bytes: Uint8Array): void;
  final(): Uint8Array;
}

/** Keyed BLAKE2b over a stream of pieces. */
export function macStream(key: Uint8Array): MacStream {
  const state = s().crypto_generichash_init(key, 32);
  return {
    update: (bytes) => s().crypto_generichash_update(state, bytes),
    final: () => s().crypto_generichash_final(state, 32),
  };
}

/** Unkeyed BLAKE2b: a checksum against accidental damage, not an authenticator. */
export function checksum(bytes: Uint8Array, length = 16): Uint8Array {
  return s().crypto_generichash(length, bytes, null);
}

export function toHex(bytes: Uint8Array): string {
  return s().to_hex(bytes);
}

/** Constant-time comparison (false for different lengths). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && s().memcmp(a, b);
}

/** A fresh X25519 key pair for sealed boxes (anonymous public-key encryption). */
export function boxKeyPair(): { publicKey: Uint8Array; privateKey: Uint8Array } {
  const { publicKey, privateKey } = s().crypto_box_keypair();
  return { publicKey, privateKey };
}

/** Sealed to a public key: only the holder of the secret key opens it, and not even the sender can. */
export function boxSeal(message: Uint8Array, publicKey: Uint8Array): Uint8Array {
  return s().crypto_box_seal(message, publicKey);
}

export function boxOpen(sealed: Uint8Array, publicKey: Uint8Array, privateKey: Uint8Array): Uint8Array | null {
  try {
    return s().crypto_box_seal_open(sealed, publicKey, privateKey);
  } catch {
    return null;
  }
}

export const NONCE_BYTES = 24;
export const TAG_BYTES = 16;
