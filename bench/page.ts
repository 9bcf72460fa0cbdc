// Bench-only page (built separately into dist-bench/, never shipped): exposes the vault API
// and feature stores on window.bench so benchmarks can seed and time things in the browser.
import { vault, repository, blobs, backup, duress } from '../src/vault';
import * as plan from '../src/features/safety-plan/store';
import * as journal from '../src/features/journal/store';
import * as imports from '../src/features/import/store';
import { parseSmsXml } from '../src/features/import/sms';
import { planImport } from '../src/features/import/plan';
import { mediaReader } from '../src/features/import/detect';

/** A fresh vault worker, half a second for it to start (as while a person types), then unlock, timed. */
async function timedUnlock(passphrase: string): Promise<number> {
  vault.lock();
  vault.warmUp();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const start = performance.now();
  await vault.unlock(passphrase);
  return performance.now() - start;
}

const bench = { vault, repository, blobs, backup, duress, plan, journal, imports: { ...imports, parseSmsXml, planImport, mediaReader }, timedUnlock, ready: true };

(window as unknown as { bench: typeof bench }).bench = bench;
