// Detects a browser that cannot keep data safely (no IndexedDB, WebAssembly or secure random).
export type EnvProblem = 'noIndexedDB' | 'noWasm' | 'noCrypto';

async function indexedDbWorks(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return false;
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open('probe');
      request.onsuccess = () => {
        request.result.close();
        indexedDB.deleteDatabase('probe');
        resolve(true);
      };
      request.onerror = () => resolve(false);
      request.onblocked = () => resolve(true);
    } catch {
      resolve(false);
    }
  });
}

function wasmWorks(): boolean {
  try {
    if (typeof WebAssembly !== 'object') return false;
    // The smallest valid module: magic number and version.
    return new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0)) instanceof WebAssembly.Module;
  } catch {
    return false;
  }
}

export async function checkEnvironment(): Promise<EnvProblem[]> {
  const problems: EnvProblem[] = [];
  if (!(await indexedDbWorks())) problems.push('noIndexedDB');
  if (!wasmWorks()) problems.push('noWasm');
  if (!globalThis.crypto?.getRandomValues) problems.push('noCrypto');
  return problems;
}

export const hasServiceWorker = (): boolean => 'serviceWorker' in navigator;
