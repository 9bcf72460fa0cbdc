// The first key typed on a screen that ends in a key derivation has the vault's worker ready its memory meanwhile.
import { useEffect } from 'preact/hooks';
import { vault } from '../vault';

/**
 * On the lock screen (the passphrase, or a search a Notes or Weather front may try as one) and at
 * setup: Argon2id's 64 MiB are made while the rest is typed (vault/worker/kdf-warm.ts), so the
 * click costs the hashing alone. Not when the screen loads: a front the ex only looks at costs
 * nothing, and the page faults do not compete with its first frames.
 */
export function usePrepareUnlock(): void {
  useEffect(() => {
    const typing = () => vault.prepareUnlock();
    document.addEventListener('input', typing, { capture: true, once: true });
    return () => document.removeEventListener('input', typing, { capture: true });
  }, []);
}
