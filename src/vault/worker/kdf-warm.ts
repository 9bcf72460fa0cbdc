// Readies Argon2id's memory while the lock screen waits for a passphrase, in steps the first real request ends.
import { kdfMemory } from './crypto';
import type { Yield } from './preview';

/** The bytes touched per step: a few milliseconds of page faults on a slow phone, so a request waits at most that. */
const STEP = 2 * 1024 * 1024;

/**
 * Runs at most once per worker, from the first key typed on the lock screen or at setup (the
 * page's vault.prepareUnlock) until the first request that needs libsodium (an unlock, a quick
 * log, a create): `stop()` then frees the block between two steps, so the request never waits
 * for the whole warm-up and Argon2id never finds a second block in its way. A worker is started
 * for each lock screen (locking terminates it), so every unlock gets one.
 */
export class KdfWarmUp {
  private stopped = false;
  private block: ReturnType<typeof kdfMemory> = null;

  /** Resolves when the memory is ready or the warm-up was stopped. */
  async run(bytes: number, pause: Yield): Promise<void> {
    if (this.stopped || this.block) return;
    this.block = kdfMemory(bytes, STEP);
    while (this.block?.touch()) await pause();
    this.stop();
  }

  /** Ends the warm-up for good, freeing what it holds (synchronously: the caller's work runs next). */
  stop(): void {
    this.stopped = true;
    this.block?.free();
    this.block = null;
  }
}
