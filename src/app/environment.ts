// Detects a browser that cannot keep data safely (no IndexedDB, service worker, WebAssembly or
// secure random: iOS Lockdown Mode and some private windows), and decides the first screen.
export type EnvProblem = 'noIndexedDB' | 'noServiceWorker' | 'noWasm' | 'noCrypto';

function wasmWorks(): boolean {
  try {
    if (typeof WebAssembly !== 'object') return false;
    // The smallest valid module: magic number and version.
    return new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0)) instanceof WebAssembly.Module;
  } catch {
    return false;
  }
}

/** Synchronous on purpose: it sits on the path to the lock screen. Whether IndexedDB really
 *  opens (private modes, policies) is learnt from the vault's own first open, not a probe database. */
export function checkEnvironment(): EnvProblem[] {
  const problems: EnvProblem[] = [];
  if (typeof indexedDB === 'undefined' || indexedDB === null) problems.push('noIndexedDB');
  // Without it the app cannot be kept on the device, nor its Quick exit page offline.
  if (!hasServiceWorker()) problems.push('noServiceWorker');
  if (!wasmWorks()) problems.push('noWasm');
  if (!globalThis.crypto?.getRandomValues) problems.push('noCrypto');
  return problems;
}

export const hasServiceWorker = (): boolean => 'serviceWorker' in navigator;

export type FirstPhase = { phase: 'env'; problems: EnvProblem[] } | { phase: 'intro' | 'locked' };

/** Which screen opens the app. Started before the first render, so the vault's answer is on
 *  its way while the component tree is built. `vaultExists` is the vault's own look at its database. */
export async function firstPhase(vaultExists: () => Promise<boolean>): Promise<FirstPhase> {
  const problems = checkEnvironment();
  if (problems.length) return { phase: 'env', problems };
  try {
    return { phase: (await vaultExists()) ? 'locked' : 'intro' };
  } catch {
    return { phase: 'env', problems: ['noIndexedDB'] };
  }
}
