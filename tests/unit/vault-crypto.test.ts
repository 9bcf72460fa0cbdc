// The tag-only check used to vet backups agrees with real XChaCha20-Poly1305 decryption,
// for every length boundary and every kind of tampering.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, open, randomBytes, seal, verifyTag } from '../../src/vault/worker/crypto';

beforeAll(loadSodium);

describe('verifyTag', () => {
  it('accepts exactly what decryption accepts', () => {
    const key = randomBytes(32);
    for (const size of [0, 1, 15, 16, 17, 63, 64, 65, 1000, 1024 * 1024 + 3]) {
      for (const adSize of [0, 1, 16, 31]) {
        const ad = randomBytes(adSize);
        const sealed = seal(randomBytes(size), ad, key);
        expect(verifyTag(sealed, ad, key), `${size}/${adSize}`).toBe(true);
        expect(open(sealed, ad, key)).not.toBeNull();
        const flips = [0, Math.floor(sealed.ct.length / 2), sealed.ct.length - 1];
        for (const at of flips) {
          const ct = sealed.ct.slice();
          ct[at]! ^= 0x10;
          const bad = { nonce: sealed.nonce, ct };
          expect(verifyTag(bad, ad, key)).toBe(false);
          expect(open(bad, ad, key)).toBeNull();
        }
        const nonce = sealed.nonce.slice();
        nonce[20]! ^= 1;
        expect(verifyTag({ nonce, ct: sealed.ct }, ad, key)).toBe(false);
        expect(verifyTag(sealed, new Uint8Array([...ad, 0]), key)).toBe(false);
        expect(verifyTag(sealed, ad, randomBytes(32))).toBe(false);
      }
    }
  });

  it('refuses a ciphertext shorter than a tag', () => {
    expect(verifyTag({ nonce: randomBytes(24), ct: new Uint8Array(15) }, new Uint8Array(0), randomBytes(32))).toBe(false);
  });
});
